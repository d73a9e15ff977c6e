// The CAMEO event codebook as data: every code's name, Goldstein score,
// QuadClass, and its PLOVER event type and mode.
//
// Loaded once from data/cameo/cameo_codes.tsv and data/cameo/cameo_plover.tsv
// (each with a header line naming its columns), then immutable and safe to
// share between threads.
#ifndef KHALDUN_CAMEO_H_
#define KHALDUN_CAMEO_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "khaldun/event.h"
#include "khaldun/status.h"

namespace khaldun {

struct CameoCode {
  std::string code;  // "0431"
  std::string name;  // "Host a visit"
  double goldstein = 0;
  QuadClass quad_class = QuadClass::kVerbalCooperation;
  std::string plover_type;  // "CONSULT"
  std::string plover_mode;  // "visit", or empty
};

class CameoCodebook {
 public:
  // Reads the codes table and, when plover_path is not empty, the PLOVER
  // mapping. Errors name the file and line.
  static Result<std::shared_ptr<const CameoCodebook>> Load(const std::string& codes_path,
                                                          const std::string& plover_path);

  // The entry for `code`, or nullptr when it is not a CAMEO event code.
  const CameoCode* Find(std::string_view code) const;
  bool IsEventCode(std::string_view code) const { return Find(code) != nullptr; }
  size_t size() const { return codes_.size(); }

 private:
  CameoCodebook() = default;
  std::unordered_map<std::string, CameoCode> codes_;
};

// The two-digit root of a CAMEO code: "186" -> "18", "0431" -> "04".
inline std::string_view CameoRoot(std::string_view code) { return code.substr(0, 2); }

}  // namespace khaldun

#endif  // KHALDUN_CAMEO_H_
