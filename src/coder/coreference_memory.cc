// CoreferenceMemory (mentions.h): the article's memory of who is who.
#include <algorithm>
#include <string>
#include <string_view>

#include "coder/mentions.h"

namespace khaldun::internal {

void CoreferenceMemory::NoteParty(const std::string& code) {
  std::erase(recent_, code);
  recent_.push_back(code);
  if (recent_.size() > kRecentParties) recent_.erase(recent_.begin());
}

void CoreferenceMemory::RememberPerson(const std::string& full_name, const std::string& code) {
  if (full_name.empty() || code.empty()) return;
  std::string key = LowerAscii(full_name);
  code_by_name_[key] = code;
  full_name_[key] = full_name;
  // "Hassan Rouhani" is later "Rouhani".
  size_t space = key.rfind(' ');
  if (space != std::string::npos) {
    std::string surname = key.substr(space + 1);
    code_by_name_[surname] = code;
    full_name_[surname] = full_name;
  }
  // Chinese and Korean names put the family name first, and news keeps that
  // order: "Park Geun-hye" is later "Park", "Wen Jiabao" is later "Wen", not
  // "Geun-hye" or "Jiabao". (Japanese names are written given name first in
  // English: "Taro Aso" is "Aso", handled above.)
  static constexpr std::string_view kFamilyFirst[] = {"CHN", "KOR", "PRK", "TWN"};
  const size_t first_space = key.find(' ');
  if (first_space != std::string::npos &&
      std::find(std::begin(kFamilyFirst), std::end(kFamilyFirst),
                std::string_view(code).substr(0, 3)) != std::end(kFamilyFirst)) {
    // "Kim Dae-jung met Kim Jong Il": a family name two parties of the
    // article share names neither of them.
    std::string family = key.substr(0, first_space);
    const auto known = code_by_name_.find(family);
    if (known != code_by_name_.end() && known->second != code) {
      code_by_name_.erase(known);
      full_name_.erase(family);
    } else {
      code_by_name_[family] = code;
      full_name_[family] = full_name;
    }
  }
}

void CoreferenceMemory::RememberUnknownPerson(std::string_view surname) {
  std::string key = LowerAscii(surname);
  if (!IsUnknownPerson(key)) unknown_people_.push_back(std::move(key));
}

bool CoreferenceMemory::IsUnknownPerson(std::string_view surname) const {
  const std::string key = LowerAscii(surname);
  return std::find(unknown_people_.begin(), unknown_people_.end(), key) != unknown_people_.end();
}

const CoreferenceMemory::RoleHolder* CoreferenceMemory::LookupRoleByHead(
    const std::string& role) const {
  const RoleHolder* found = nullptr;
  for (const auto& [name, holder] : role_holder_) {
    if (name.size() <= role.size() + 1 || !name.ends_with(role)) continue;
    const char sep = name[name.size() - role.size() - 1];
    if (sep != ' ' && sep != '_') continue;
    if (found != nullptr && found->code != holder.code) return nullptr;
    found = &holder;
  }
  return found;
}

const std::string* CoreferenceMemory::Lookup(std::string_view name) const {
  auto it = code_by_name_.find(LowerAscii(name));
  return it == code_by_name_.end() ? nullptr : &it->second;
}

const std::string* CoreferenceMemory::FullNameOf(std::string_view name) const {
  auto it = full_name_.find(LowerAscii(name));
  return it == full_name_.end() ? nullptr : &it->second;
}

}  // namespace khaldun::internal
