// Diagnostics in the formats CI systems show on a merge request, so a site's pipeline
// needs nothing but govsite: GitHub Actions workflow commands (annotations on the changed
// lines) and GitLab's Code Quality report.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace govsite {

// "::error file=content/a.md,line=4,col=1,title=bad-date::message", escaped by GitHub's rules.
std::string github_annotation(const Diagnostic& d);

// A GitLab Code Quality report: a JSON array of {description, check_name, fingerprint,
// severity, location: {path, lines: {begin}}}.
std::string gitlab_code_quality(const std::vector<Diagnostic>& diags);

// Prints `diags` in `format` ("github" or "gitlab") with paths relative to the folder CI
// runs in (the repository), as both systems expect; paths in `diags` are relative to
// `site_dir`.
void print_ci_diagnostics(const Diagnostics& diags, const std::string& site_dir, const std::string& format,
                          std::FILE* out);

}  // namespace govsite
