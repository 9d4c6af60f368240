// The floor for a corpus: the least work any pipeline over ICU must do on
// its text. Reads articles as `build` does (SaudiNewsNet day files, text
// files, folders), then times, in CPU seconds, one pass over every
// article's text that converts it to UTF-16, normalises it to NFKC and walks
// ICU's word BreakIterator over the result, and nothing else. The pipeline's
// time is then reported as a multiple of this one.
//
//   icu_floor [--repeat N] INPUT...
//   # articles 30675
//   # ...
//   # floor_seconds 4.1
//
// Sentences are counted with ICU's sentence BreakIterator in a separate,
// separately timed pass (the floor does not include it), so that
// sentences/s figures use one definition of a sentence for every tool.
// Output is one "key value" line each, for scripts.
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "bench/cpu_clock.h"
#include "core/ingest.h"

namespace diplograph {
namespace {

using Clock = bench::CpuClock;
double Seconds(Clock::time_point since) { return bench::CpuSeconds(since); }

struct Counts {
  size_t chars = 0;  // code points of the normalised text
  size_t words = 0;  // word segments with letters or digits
};

// One NFKC + word segmentation pass over every text.
bool FloorPass(const std::vector<std::string>& texts, Counts& counts) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
  if (U_FAILURE(status)) {
    std::cerr << "icu_floor: error: ICU word iterator: " << u_errorName(status) << "\n";
    return false;
  }
  counts = {};
  for (const std::string& text : texts) {
    icu::UnicodeString normalised = nfkc->normalize(icu::UnicodeString::fromUTF8(text), status);
    if (U_FAILURE(status)) {
      std::cerr << "icu_floor: error: NFKC: " << u_errorName(status) << "\n";
      return false;
    }
    counts.chars += static_cast<size_t>(normalised.countChar32());
    words->setText(normalised);
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next())
      if (words->getRuleStatus() != UBRK_WORD_NONE) ++counts.words;
  }
  return true;
}

// Sentences as ICU's standard sentence rules see them.
size_t CountSentences(const std::vector<std::string>& texts) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
  if (U_FAILURE(status)) return 0;
  size_t n = 0;
  for (const std::string& text : texts) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    it->setText(u);
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) ++n;
  }
  return n;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

int Main(int argc, char** argv) {
  int repeat = 3;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
      if (repeat < 1 || repeat > 100) {
        std::cerr << "icu_floor: --repeat wants 1 to 100\n";
        return 2;
      }
    } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
      std::cerr << "usage: icu_floor [--repeat N] INPUT...\n";
      return 2;
    } else {
      inputs.push_back(argv[i]);
    }
  }
  if (inputs.empty()) {
    std::cerr << "usage: icu_floor [--repeat N] INPUT...\n";
    return 2;
  }

  Clock::time_point read_start = Clock::now();
  std::vector<std::string> texts;
  size_t bytes = 0;
  size_t skipped = 0;  // articles ingest refused: reported, as `build` does, and left out
  for (const std::string& input : inputs) {
    for (const std::string& file : ListInputFiles(input)) {
      IngestResult r = ReadInputFile(file, {});
      for (const Status& e : r.errors) {
        std::cerr << "icu_floor: warning: " << e.ToString() << "\n";
        ++skipped;
      }
      for (Document& d : r.documents) {
        bytes += d.text.size();
        texts.push_back(std::move(d.text));
      }
    }
  }
  double read_seconds = Seconds(read_start);
  if (texts.empty()) {
    std::cerr << "icu_floor: error: no article could be read from the inputs\n";
    return 1;
  }

  Counts counts;
  std::vector<double> times;
  for (int i = 0; i < repeat; ++i) {
    Clock::time_point start = Clock::now();
    if (!FloorPass(texts, counts)) return 1;
    times.push_back(Seconds(start));
  }
  Clock::time_point sentence_start = Clock::now();
  size_t sentences = CountSentences(texts);
  double sentence_seconds = Seconds(sentence_start);

  double floor_seconds = Median(times);
  std::cout << "articles " << texts.size() << "\n"
            << "skipped " << skipped << "\n"
            << "bytes " << bytes << "\n"
            << "chars " << counts.chars << "\n"
            << "words " << counts.words << "\n"
            << "sentences " << sentences << "\n"
            << "read_seconds " << read_seconds << "\n"
            << "floor_seconds " << floor_seconds << "\n"
            << "sentence_seconds " << sentence_seconds << "\n"
            << "floor_mb_per_s " << bytes / 1e6 / floor_seconds << "\n";
  return 0;
}

}  // namespace
}  // namespace diplograph

int main(int argc, char** argv) { return diplograph::Main(argc, argv); }
