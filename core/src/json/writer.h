// Writes an Analysis as the JSON document of shared/spec/analysis-format.md: ids (E1, V1),
// UTF-16 offsets, mention texts, nulls for absent values; only valid UTF-8 comes out.
#pragma once
#include <string>
#include <string_view>

#include "concessions/analyze.h"
#include "model/analysis.h"

namespace concessions {

// Appends the document to doc; with pieces, hands it on piece by piece and leaves doc empty.
void WriteAnalysisJson(std::string_view clean_text, const Analysis& analysis, const std::vector<std::string>& warnings,
                       int indent, const JsonPieces* pieces, std::string& doc);

}  // namespace concessions
