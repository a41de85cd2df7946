#include "tools/load/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "host/host.h"

namespace isohost::tools {
namespace {

// The lower bound and width, in ns, of histogram bucket `index`.
void BucketRange(int index, double* low, double* width) {
  if (index < 2 * kSubBuckets) {
    *low = index;
    *width = 1;
    return;
  }
  int e = 6 + (index - 2 * kSubBuckets) / kSubBuckets;
  int sub = (index - 2 * kSubBuckets) % kSubBuckets;
  *width = std::ldexp(1.0, e - 5);
  *low = (kSubBuckets + sub) * *width;
}

// A bucket's representative value: its middle (exact below 64 ns).
double BucketValue(int index) {
  double low, width;
  BucketRange(index, &low, &width);
  return index < 2 * kSubBuckets ? low : low + width / 2;
}

std::string HtmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// One row of the summary: k6's dotted `name....: value`.
void Row(std::string* out, const std::string& name, const std::string& value) {
  constexpr int kWidth = 22;
  std::string dots(name.size() < kWidth ? kWidth - name.size() : 1, '.');
  absl::StrAppend(out, "     ", name, dots, ": ", value, "\n");
}

std::vector<std::pair<std::string, std::string>> SummaryRows(const Summary& s) {
  std::vector<std::pair<std::string, std::string>> rows;
  rows.push_back({"script", s.script});
  rows.push_back({"duration", absl::StrFormat("%.2fs", s.duration_s)});
  rows.push_back({"workers", absl::StrCat(s.workers)});
  rows.push_back({"iterations", absl::StrCat(s.iterations)});
  rows.push_back({"iterations/s", absl::StrFormat("%.1f", s.rate())});
  rows.push_back({"latency avg", FormatNs(s.avg_ns)});
  rows.push_back({"latency min", FormatNs(s.min_ns)});
  rows.push_back({"latency med", FormatNs(s.med_ns)});
  rows.push_back({"latency p90", FormatNs(s.p90_ns)});
  rows.push_back({"latency p99", FormatNs(s.p99_ns)});
  rows.push_back({"latency max", FormatNs(s.max_ns)});
  rows.push_back(
      {"errors",
       absl::StrFormat(
           "%d (%.2f%%)", s.errors,
           s.iterations > 0 ? 100.0 * s.errors / s.iterations : 0.0)});
  if (!s.first_error.empty()) rows.push_back({"first error", s.first_error});
  for (size_t i = 0; i < s.stats.size(); ++i) {
    const WorkerStats& st = s.stats[i];
    rows.push_back(
        {absl::StrCat("worker ", i, " heap used"),
         absl::StrFormat("%.1f MB", st.heap_used_bytes / 1048576.0)});
    rows.push_back({absl::StrCat("worker ", i, " cpu"),
                    absl::StrFormat("%.0f ms", st.cpu_time_ms)});
  }
  return rows;
}

// The latency histogram as SVG bars (at most ~80; neighbouring buckets
// merged), up to the 99.9th percentile; the rarer tail is one last bar.
std::string HistogramSvg(const Summary& s) {
  constexpr double kW = 760, kH = 260, kLeft = 60, kBottom = 40, kTop = 10;
  size_t first = 0, last = 0;
  uint64_t total = 0;
  bool any = false;
  for (size_t i = 0; i < s.hist.size(); ++i) {
    if (s.hist[i] == 0) continue;
    if (!any) first = i;
    last = i;
    any = true;
    total += s.hist[i];
  }
  std::string svg = absl::StrFormat(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
      "role=\"img\" aria-label=\"latency histogram\">",
      kW, kH);
  if (!any) return svg + "<text x=\"20\" y=\"30\">no data</text></svg>";
  // The bucket holding the 99.9th percentile ends the detailed range.
  size_t cut = last;
  uint64_t seen = 0;
  for (size_t i = first; i <= last; ++i) {
    seen += s.hist[i];
    if (seen * 1000 >= total * 999) {
      cut = i;
      break;
    }
  }
  uint64_t tail = 0;
  for (size_t i = cut + 1; i <= last; ++i) tail += s.hist[i];
  size_t span = cut - first + 1;
  size_t group = (span + 79) / 80;
  std::vector<uint64_t> bars;
  std::vector<size_t> bar_start;
  for (size_t i = first; i <= cut; i += group) {
    uint64_t sum = 0;
    for (size_t j = i; j < std::min(cut + 1, i + group); ++j) sum += s.hist[j];
    bars.push_back(sum);
    bar_start.push_back(i);
  }
  if (tail > 0) {
    bars.push_back(tail);
    bar_start.push_back(cut + 1);
  }
  uint64_t top = *std::max_element(bars.begin(), bars.end());
  double plot_w = kW - kLeft - 10, plot_h = kH - kBottom - kTop;
  double bw = plot_w / bars.size();
  absl::StrAppendFormat(&svg,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        "class=\"axis\"/>",
                        kLeft, kTop + plot_h, kLeft + plot_w, kTop + plot_h);
  size_t label_every = std::max<size_t>(1, bars.size() / 6);
  for (size_t b = 0; b < bars.size(); ++b) {
    bool is_tail = tail > 0 && b + 1 == bars.size();
    // At least a hairline for a non-empty bar.
    double h = bars[b] > 0 ? std::max(1.0, plot_h * bars[b] / top) : 0;
    double low, width;
    BucketRange(static_cast<int>(bar_start[b]), &low, &width);
    std::string label = is_tail ? absl::StrCat("> p99.9 (", FormatNs(low),
                                               " to ", FormatNs(s.max_ns), ")")
                                : absl::StrCat(">= ", FormatNs(low));
    absl::StrAppendFormat(
        &svg,
        "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
        "height=\"%.1f\"><title>%s: %d</title></rect>",
        is_tail ? "bar tail" : "bar", kLeft + b * bw + 0.5, kTop + plot_h - h,
        std::max(bw - 1, 0.5), h, HtmlEscape(label), bars[b]);
    bool crowds_tail = tail > 0 && (bars.size() - 1 - b) * bw < 60;
    if (is_tail || (b % label_every == 0 && !crowds_tail)) {
      absl::StrAppendFormat(
          &svg, "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\"%s>%s</text>",
          is_tail ? kLeft + plot_w : kLeft + b * bw, kTop + plot_h + 16,
          is_tail ? " text-anchor=\"end\"" : "",
          HtmlEscape(is_tail ? "tail" : FormatNs(low)));
    }
  }
  absl::StrAppendFormat(&svg,
                        "<text x=\"4\" y=\"%.1f\" class=\"tick\">%d</text>"
                        "<text x=\"4\" y=\"%.1f\" class=\"tick\">0</text>"
                        "<text x=\"%.1f\" y=\"%.1f\" class=\"label\" "
                        "text-anchor=\"middle\">iterations per latency bucket "
                        "(last bar: the slowest 0.1%%)</text></svg>",
                        kTop + 10, top, kTop + plot_h, kLeft + plot_w / 2,
                        kH - 6);
  return svg;
}

// Throughput over time (iterations/s per bin) as an SVG area + line chart.
std::string ThroughputSvg(const Summary& s) {
  constexpr double kW = 760, kH = 260, kLeft = 70, kBottom = 40, kTop = 10;
  std::string svg = absl::StrFormat(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
      "role=\"img\" aria-label=\"throughput over time\">",
      kW, kH);
  if (s.bins.empty())
    return svg + "<text x=\"20\" y=\"30\">no data</text></svg>";
  std::vector<double> rate;
  for (double n : s.bins) rate.push_back(n * 1000 / s.bin_ms);
  double top = *std::max_element(rate.begin(), rate.end());
  if (top <= 0) top = 1;
  double plot_w = kW - kLeft - 10, plot_h = kH - kBottom - kTop;
  double total_ms = s.bins.size() * s.bin_ms;
  auto x_of = [&](double t_ms) { return kLeft + plot_w * t_ms / total_ms; };
  auto y_of = [&](double r) { return kTop + plot_h - plot_h * r / top; };
  std::string points;
  for (size_t i = 0; i < rate.size(); ++i) {
    absl::StrAppendFormat(&points, "%.1f,%.1f ", x_of((i + 0.5) * s.bin_ms),
                          y_of(rate[i]));
  }
  absl::StrAppendFormat(
      &svg,
      "<polygon class=\"area\" points=\"%.1f,%.1f %s%.1f,%.1f\"/>"
      "<polyline class=\"line\" points=\"%s\"/>",
      x_of(0.5 * s.bin_ms), y_of(0), points,
      x_of((rate.size() - 0.5) * s.bin_ms), y_of(0), points);
  absl::StrAppendFormat(&svg,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        "class=\"axis\"/>"
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        "class=\"axis\"/>",
                        kLeft, kTop + plot_h, kLeft + plot_w, kTop + plot_h,
                        kLeft, kTop, kLeft, kTop + plot_h);
  for (int k = 0; k <= 4; ++k) {
    double t = total_ms * k / 4;
    absl::StrAppendFormat(&svg,
                          "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" "
                          "text-anchor=\"%s\">%.1fs</text>",
                          x_of(t), kTop + plot_h + 16,
                          k == 0   ? "start"
                          : k == 4 ? "end"
                                   : "middle",
                          t / 1000);
  }
  absl::StrAppendFormat(&svg,
                        "<text x=\"4\" y=\"%.1f\" class=\"tick\">%.0f/s</text>"
                        "<text x=\"4\" y=\"%.1f\" class=\"tick\">0</text>"
                        "<text x=\"%.1f\" y=\"%.1f\" class=\"label\" "
                        "text-anchor=\"middle\">iterations/s (all workers, "
                        "%.0f ms bins) over time</text></svg>",
                        kTop + 10, top, kTop + plot_h, kLeft + plot_w / 2,
                        kH - 6, s.bin_ms);
  return svg;
}

}  // namespace

// The percentile `p` (0..100) of `hist`, clamped to [min_ns, max_ns].
double Percentile(const std::vector<uint64_t>& hist, uint64_t total, double p,
                  double min_ns, double max_ns) {
  if (total == 0) return 0;
  uint64_t rank = static_cast<uint64_t>(std::ceil(p / 100.0 * total));
  if (rank < 1) rank = 1;
  uint64_t seen = 0;
  for (size_t i = 0; i < hist.size(); ++i) {
    seen += hist[i];
    if (seen >= rank) {
      return std::clamp(BucketValue(static_cast<int>(i)), min_ns, max_ns);
    }
  }
  return max_ns;
}

// "850ns", "12.34µs", "1.23ms", "1.23s".
std::string FormatNs(double ns) {
  if (ns < 1e3) return absl::StrFormat("%.0fns", ns);
  if (ns < 1e6) return absl::StrFormat("%.2fµs", ns / 1e3);
  if (ns < 1e9) return absl::StrFormat("%.2fms", ns / 1e6);
  return absl::StrFormat("%.2fs", ns / 1e9);
}

void PrintSummary(const Summary& s) {
  std::string out = "\n";
  for (const auto& [name, value] : SummaryRows(s)) Row(&out, name, value);
  for (const std::string& note : s.notes)
    absl::StrAppend(&out, "     ! ", note, "\n");
  std::fputs(out.c_str(), stdout);
  std::fflush(stdout);
}

absl::Status WriteHtml(const Summary& s, const std::string& path) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<title>isohost load report</title><style>"
      "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:820px;"
      "color:#222}h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}"
      "table{border-collapse:collapse}td{padding:2px 12px;border-bottom:1px "
      "solid #eee;font-family:ui-monospace,monospace}td:first-child{color:#555}"
      "svg{width:100%;height:auto;background:#fafafa;border:1px solid #ddd}"
      ".bar{fill:#4a7fc1}.tail{fill:#c1664a}.axis{stroke:#888}.tick,.label{"
      "font-size:11px;"
      "fill:#555}.area{fill:#4a7fc1;opacity:.25}.line{fill:none;stroke:"
      "#2d5f9e;stroke-width:2}.note{color:#a40}"
      "</style></head><body>\n<h1>isohost load report</h1>\n<table>\n";
  for (const auto& [name, value] : SummaryRows(s)) {
    absl::StrAppend(&html, "<tr><td>", HtmlEscape(name), "</td><td>",
                    HtmlEscape(value), "</td></tr>\n");
  }
  html += "</table>\n";
  for (const std::string& note : s.notes) {
    absl::StrAppend(&html, "<p class=\"note\">", HtmlEscape(note), "</p>\n");
  }
  absl::StrAppend(&html, "<h2>Latency histogram</h2>\n", HistogramSvg(s),
                  "\n<h2>Throughput over time</h2>\n", ThroughputSvg(s),
                  "\n<p>Generated by isohost ", HtmlEscape(Host::Version()),
                  ". Histogram buckets are log-linear (32 per power of two, "
                  "~3% wide).</p>\n</body></html>\n");
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << html;
  out.close();
  if (!out) return absl::UnavailableError(absl::StrCat("cannot write ", path));
  return absl::OkStatus();
}

}  // namespace isohost::tools
