#include "events/group_actors.h"

#include <string>
#include <unordered_map>

#include "text/unicode.h"

namespace concessions {

namespace {

// The kind of a group by its head noun: countries are GPEs, companies and unions ORGs, and
// any other group (leaders, workers, advocates, family members) people.
EntityType GroupType(std::string_view name) {
  const size_t space = name.rfind(' ');
  const std::string_view head = space == std::string_view::npos ? name : name.substr(space + 1);
  static constexpr std::string_view kPlaces[] = {"countries", "states", "nations", "governments", "economies",
                                                 "capitals", "provinces", "regions"};
  static constexpr std::string_view kOrganizations[] = {"companies", "firms", "studios", "unions", "banks",
                                                        "producers", "operators", "airlines", "automakers",
                                                        "insurers", "lenders", "groups", "agencies", "parties",
                                                        "manufacturers", "carriers", "retailers", "exporters"};
  for (std::string_view w : kPlaces)
    if (head == w) return EntityType::Gpe;
  for (std::string_view w : kOrganizations)
    if (head == w) return EntityType::Org;
  return EntityType::Person;
}

}  // namespace

void PromoteGroupActors(std::vector<Entity>& entities, EventList& events) {
  std::unordered_map<std::string, int> by_name;
  for (Event& v : events) {
    if (v.actor >= 0 || v.ActorGroupName().empty()) continue;
    const std::string name = LowercaseAscii(v.ActorGroupName());
    auto [it, added] = by_name.emplace(name, static_cast<int>(entities.size()));
    if (added) {
      Entity e;
      e.type = GroupType(name);
      e.name = name;
      entities.push_back(std::move(e));
    }
    v.actor = it->second;
  }
}

}  // namespace concessions
