#include "core/messages.h"

#include <algorithm>
#include <atomic>
#include <unordered_map>

namespace govsite {

namespace {

std::atomic<Language> g_language{Language::zh};

const std::unordered_map<std::string_view, const MessageEntry*>& index() {
  static const auto* by_key = [] {
    auto* m = new std::unordered_map<std::string_view, const MessageEntry*>();
    for (const auto& e : message_catalog()) m->emplace(e.key, &e);
    return m;
  }();
  return *by_key;
}

}  // namespace

void set_language(Language l) { g_language.store(l, std::memory_order_relaxed); }
Language language() { return g_language.load(std::memory_order_relaxed); }

bool parse_language(std::string_view s, Language& out) {
  if (s.size() >= 2 && (s.substr(0, 2) == "zh" || s.substr(0, 2) == "ZH")) {
    out = Language::zh;
    return true;
  }
  if (s.size() >= 2 && (s.substr(0, 2) == "en" || s.substr(0, 2) == "EN")) {
    out = Language::en;
    return true;
  }
  return false;
}

std::string tr_in(Language l, std::string_view key, std::initializer_list<std::string_view> args) {
  const auto& by_key = index();
  const auto it = by_key.find(key);
  if (it == by_key.end()) return std::string(key);
  const std::string_view tmpl = l == Language::zh ? it->second->zh : it->second->en;
  std::string out;
  out.reserve(tmpl.size() + 32);
  for (size_t i = 0; i < tmpl.size(); ++i) {
    // {N}: the Nth argument (1-based, one digit).
    if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 1] >= '1' && tmpl[i + 1] <= '9' && tmpl[i + 2] == '}') {
      const size_t n = static_cast<size_t>(tmpl[i + 1] - '1');
      if (n < args.size()) out += *(args.begin() + n);
      i += 2;
      continue;
    }
    out += tmpl[i];
  }
  return out;
}

std::string tr(std::string_view key, std::initializer_list<std::string_view> args) {
  return tr_in(language(), key, args);
}

std::string_view code_of_key(std::string_view key) { return key.substr(0, key.find('.')); }

}  // namespace govsite
