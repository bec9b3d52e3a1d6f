#include <doctest/doctest.h>

#include <initializer_list>

#include "app/viewmodel/lod_pyramid.hpp"

using namespace il::viewmodel;

TEST_CASE("viewmodel.pyramid buckets hold the dominant colour and a mixed flag") {
    LodPyramid p;
    const int lv = LodPyramid::kStartLevel;  // 64-ns buckets
    p.add(0, 60, 2);     // bucket 0: 60 ns of colour 2 ...
    p.add(60, 64, 3);    // ... and 4 of colour 3
    p.add(64, 1024, 4);  // buckets 1..15 solid colour 4
    p.add(1024, 1100, 1);
    REQUIRE(p.finestLevel() == lv);
    CHECK(p.bucket(lv, 0) == (2 | LodPyramid::kMixedBit));
    for (uint64_t b = 1; b < 16; ++b) CHECK(p.bucket(lv, b) == 4);
    CHECK(p.bucket(lv, 16) == 1);                    // [1024, 1088) whole
    CHECK(p.bucket(lv, 17) == LodPyramid::kEmpty);  // [1088, 1100) so far: still open
    CHECK(p.finalizedEndNs(lv) == 1088);
    // One level up sums the same time: 128-ns bucket 0 is 60+4 ns mixed vs 64 ns of 4.
    CHECK(p.bucket(lv + 1, 1) == 4);
    CHECK(p.bucket(lv + 3, 0) == (4 | LodPyramid::kMixedBit));  // [0, 512): 448 ns of 4
    CHECK(p.bucket(lv + 4, 0) == LodPyramid::kEmpty);           // [0, 1024) is still open
}

TEST_CASE("viewmodel.pyramid drops fine levels so memory stays near a byte per interval") {
    LodPyramid sparse;
    // Long spans (1 ms each): fine buckets would be thousands per span.
    for (uint64_t i = 0; i < 10'000; ++i) sparse.add(i * 1'000'000, (i + 1) * 1'000'000, static_cast<ColourId>(i % 3));
    CHECK(sparse.finestLevel() > LodPyramid::kStartLevel);
    CHECK(sparse.byteSize() < 10'000 * 6 + 8192);
    CHECK(sparse.bucket(sparse.finestLevel(), 0) != LodPyramid::kEmpty);
    LodPyramid dense;
    for (uint64_t i = 0; i < 1'000'000; ++i) dense.add(i * 100, i * 100 + 100, static_cast<ColourId>(i % 2));
    CHECK(dense.finestLevel() <= LodPyramid::kStartLevel + 1);  // fine enough for 100-ns spans
    CHECK(static_cast<double>(dense.byteSize()) / 1e6 < 3.0);
    CHECK(dense.intervals() == 1'000'000);
}
