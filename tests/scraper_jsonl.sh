#!/usr/bin/env bash
# JSONL dumps in scraper shapes: news-please / CC-News keys are understood
# as they are; other shapes are read through --field mappings.
. "$(dirname "$0")/lib/harness.bash"
need_jq
cat > "$tmp/np.jsonl" <<'J'
{"title":"Harbour cranes restart","maintext":"The cranes at the east quay restarted on Monday after a week of repairs.","date_publish":"2022-03-01 08:15:00","url":"https://news.example.net/cranes","authors":["Rhea Vance","Tom Ito"],"source_domain":"news.example.net","language":"en"}
J
cat > "$tmp/custom.jsonl" <<'J'
{"headline_text":"Ferry fares frozen","content_html_stripped":"Ferry fares will stay the same this year, the operator said.","published_at":"2021-11-05T10:00:00Z","link_url":"https://example.org/ferry","byline":"Ada Moss"}
J
"$idx_bin" -q -o "$tmp/a" "$tmp/np.jsonl" || bad "news-please shape"
h=$("$q_bin" -i "$tmp/a" --json cranes)
[ "$(echo "$h" | jq -r .title)" = "Harbour cranes restart" ] && ok || bad "title: $h"
[ "$(echo "$h" | jq -r .date)" = "2022-03-01" ] && ok || bad "date_publish: $h"
[ "$(echo "$h" | jq -r .url)" = "https://news.example.net/cranes" ] && ok || bad "url: $h"
[ "$(echo "$h" | jq -r .author)" = "Rhea Vance, Tom Ito" ] && ok || bad "authors: $h"
"$idx_bin" -q -o "$tmp/b" --field title=headline_text --field body=content_html_stripped \
  --field date=published_at --field url=link_url "$tmp/custom.jsonl" || bad "mapped shape"
h=$("$q_bin" -i "$tmp/b" --json fares)
[ "$(echo "$h" | jq -r .title)" = "Ferry fares frozen" ] && ok || bad "mapped title: $h"
[ "$(echo "$h" | jq -r .date)" = "2021-11-05" ] && ok || bad "mapped date: $h"
[ "$(echo "$h" | jq -r .url)" = "https://example.org/ferry" ] && ok || bad "mapped url: $h"
[ "$(echo "$h" | jq -r .author)" = "Ada Moss" ] && ok || bad "byline is a known author key: $h"
"$idx_bin" -q -o "$tmp/c" --field nonsense "$tmp/custom.jsonl" 2>/dev/null; [ $? -eq 2 ] && ok || bad "bad --field exits 2"
"$idx_bin" -q -o "$tmp/d" "$tmp/custom.jsonl" 2>/dev/null; [ $? -eq 1 ] && ok || bad "unmapped shape: no title or body, skipped (exit 1)"
finish
