// Writes an Analysis as records (concessions/analyze.h, RecordPieces): the values of the JSON
// document in a fixed order, for web/analysis-records.js to build the document's object from.
//
// The layout. Every value is a 32-bit integer in the integer stream:
//   str    a string: its length in UTF-16 units; its UTF-8 bytes go to the byte stream, in
//          the same order (valid UTF-8: the reader decodes the bytes once and cuts them)
//   str?   the same, or -1 for null
//   ref    an entity's index (E1 is 0), or -1 for null
//   span   start, end: UTF-16 offsets into the text, whose substring the reader takes for
//          the spans that carry a "text"
//   [x]    a count, then that many x
// In order:
//   format:str  length  warnings:[str]  sentences:[span]
//   entities:[ type:str name:str role:str? affiliation:ref mentions:[span] ]
//   events:[ type:str actor:ref target:ref negated:0|1 trigger:span evidence:span what:str
//            duration:str? reported_by_entity:ref reported_by:str? qualifiers:[str]
//            conditions:[str] ]
//   summary: headline:str points:[ events:[int] text:str ]
//            by_actor:[ actor:ref offered:[int] proposed:[int] agreed:[int] demanded:[int]
//                       rejected:[int] ]      (an int in these lists is an event's index)
// Ids (E1, V1) are not written: an item's id is its place in its list.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "concessions/analyze.h"
#include "model/analysis.h"

namespace concessions {

void WriteAnalysisRecords(std::string_view clean_text, const Analysis& analysis,
                          const std::vector<std::string>& warnings, const RecordPieces& pieces);

}  // namespace concessions
