#include <catch2/catch.hpp>

#include "core/json_writer.h"

using namespace govsite;

TEST_CASE("json: strings are escaped, UTF-8 passes through, key order is kept", "[json]") {
  JsonWriter w;
  w.begin_object();
  w.key("b\"key").string("x\\y\n\t\r\x01\x1f 政务公开");
  w.key("a").begin_array().number(-3).boolean(true).null().string("").end_array();
  w.end_object();
  CHECK(w.str() == "{\"b\\\"key\":\"x\\\\y\\n\\t\\r\\u0001\\u001f 政务公开\",\"a\":[-3,true,null,\"\"]}");
}
