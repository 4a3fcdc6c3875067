// The HTTP security headers of a published site, defined once: the bundle's nginx
// configuration and `govsite serve` both send exactly these, so a page is previewed under
// the same rules it is served with and the two lists cannot drift apart.
#pragma once

namespace govsite {

struct HttpHeader {
  const char* name;
  const char* value;
};

// Sent with every response, over HTTPS and over plain HTTP.
inline constexpr HttpHeader kSecurityHeaders[] = {
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "strict-origin-when-cross-origin"},
    {"X-Frame-Options", "SAMEORIGIN"},
    // The theme has no inline script or style and loads nothing from elsewhere; the
    // preview's reload script and error banner are files of their own for the same reason.
    {"Content-Security-Policy",
     "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"},
};

// Only over HTTPS: browsers ignore it over plain HTTP, which is all `govsite serve` speaks.
inline constexpr HttpHeader kStrictTransportSecurity = {"Strict-Transport-Security", "max-age=31536000"};

}  // namespace govsite
