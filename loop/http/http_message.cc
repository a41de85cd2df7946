#include "loop/http/http_message.h"

#include "loop/http/text.h"


namespace isohost::loop::http {

const std::string* ResponseHead::Find(std::string_view name) const {
  for (const Header& header : headers) {
    if (EqualsIgnoreCase(header.name, name)) return &header.value;
  }
  return nullptr;
}

}  // namespace isohost::loop::http
