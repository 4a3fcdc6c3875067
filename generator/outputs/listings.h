// Listing pages, paginated (listing_page_size in site.yaml), newest first: one per
// document type, special column (专题专栏), topic (主题分类), issuer (发文机关) and year, and
// index pages of the columns, topics, issuers and years. Page 1 is <folder>/index.html,
// page n is <folder>/index_n.html (the numbering Chinese government CMSs use).
#pragma once

#include <string>

#include "model/site_model.h"
#include "outputs/page_writer.h"

namespace govsite {

// `summaries` holds each document's summary (by model index), shown under its title.
void write_listings(const SiteModel& m, const std::vector<std::string>& summaries, PageWriter& w);

// The folder name of a topic or issuer: the name itself, with characters that cannot be
// in a URL path segment replaced by "-". A name longer than kMaxTermSlugBytes (40 Chinese
// characters) is cut and ends in a hash of the whole name ("…-3fa2b91c").
constexpr size_t kMaxTermSlugBytes = 120;
std::string term_slug(const std::string& name);

// A listing item for a document: {title, url, date, doc_no}.
Value listing_item(const Document& d);
// A hash of what listing_item shows, and of `extra` (the summary shown under it, the
// 索引号 in the catalog): the pages that list a document key on it.
uint64_t listing_item_hash(const Document& d, const std::string& extra);

}  // namespace govsite
