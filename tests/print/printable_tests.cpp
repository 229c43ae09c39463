// What a printout of a version shows: the signed snapshot with its stored
// fingerprint and its own signatures, or the latest draft with the live
// text, its computed fingerprint and the signatures so far.

#include "core/error.h"
#include "core/fingerprint.h"
#include "print_test_support.h"
#include "ui/print/compact_document.h"
#include "ui/print/compact_html.h"
#include "ui/print/printable.h"

#include <catch2/catch.hpp>

using namespace mc;

TEST_CASE("A draft prints the live text with the signatures so far", "[print][printable]") {
    test::SignedWorkspace f(false);
    const Person& scholar = f.compact.people.at(0);
    f.ws.sign(f.compact.id, scholar.id, scholar.name, f.today, f.flourish, f.today);

    const print::PrintableCompact p = print::printableCompact(f.ws, f.compact.id);
    CHECK(p.versionNumber == 1);
    CHECK_FALSE(p.isSigned);
    CHECK(p.fingerprint == fingerprint(f.ws.loadCompact(f.compact.id)));
    REQUIRE(p.signatureLines.size() == 3);
    REQUIRE(p.signatureLines[0].signature);
    CHECK(p.signatureLines[0].signature->typedName == scholar.name);
    CHECK(p.signatureLines[0].signature->drawing == f.flourish);
    CHECK(p.signatureLines[0].required);
    CHECK_FALSE(p.signatureLines[1].signature);
    CHECK(p.signatureLines[1].name == "Prof. Sam Reyes");

    const print::CompactDocument document(p);
    CHECK(document.versionLine() == "Version 1, draft");
    CHECK(document.isDraft());
    CHECK(document.shortFingerprint().toStdString() == p.fingerprint.substr(0, 12));
    CHECK(print::latestSignedVersions(f.ws, {f.compact.id}).empty());
}

TEST_CASE("A signed version prints its stored fingerprint and its signatures",
          "[print][printable]") {
    test::SignedWorkspace f;
    const auto versions = f.ws.versions(f.compact.id);
    REQUIRE(versions.size() == 1);
    const print::PrintableCompact p = print::printableCompact(f.ws, f.compact.id);
    CHECK(p.isSigned);
    CHECK(p.versionNumber == 1);
    CHECK(p.fingerprint == versions[0].fingerprint);
    CHECK(p.compact.status == CompactStatus::Signed);
    REQUIRE(p.signatureLines.size() == 3);
    for (const auto& line : p.signatureLines) {
        REQUIRE(line.signature);
        CHECK(line.signature->fingerprint == p.fingerprint);
        CHECK(line.signature->signedOn == f.today);
    }
    const print::CompactDocument document(p);
    CHECK(document.versionLine() == "Version 1");
    CHECK(document.isSigned());
    CHECK_FALSE(document.isDraft());
    CHECK(document.shortFingerprint().toStdString() == p.fingerprint.substr(0, 12));
}

TEST_CASE("An amended compact prints version 1 as signed and version 2 as a draft",
          "[print][printable]") {
    test::SignedWorkspace f;
    const std::string signedFingerprint = f.ws.versions(f.compact.id).at(0).fingerprint;
    f.amend();

    const print::PrintableCompact latest = print::printableCompact(f.ws, f.compact.id);
    CHECK(latest.versionNumber == 2);
    CHECK_FALSE(latest.isSigned);
    CHECK(latest.compact.expectations.at(0).text == "We meet every Monday for half an hour.");
    CHECK(latest.fingerprint != signedFingerprint);
    for (const auto& line : latest.signatureLines)
        CHECK_FALSE(line.signature);
    CHECK(print::CompactDocument(latest).versionLine() == "Version 2, draft");

    const print::PrintableCompact first = print::printableCompact(f.ws, f.compact.id, 1);
    CHECK(first.isSigned);
    CHECK(first.fingerprint == signedFingerprint);
    CHECK(first.compact.expectations.at(0).text == "We meet every second Thursday for an hour.");

    const auto all = print::latestSignedVersions(f.ws, {f.compact.id});
    REQUIRE(all.size() == 1);
    CHECK(all[0].versionNumber == 1);
    CHECK(all[0].fingerprint == signedFingerprint);

    CHECK_THROWS_WITH(print::printableCompact(f.ws, f.compact.id, 5),
                      Catch::Contains("There is no version 5") &&
                          Catch::Contains("versions 1 to 2"));
}

TEST_CASE("A compact printed as is says draft and has no signatures", "[print][printable]") {
    const Compact compact = test::withFixedIds(test::sampleCompact());
    const print::PrintableCompact p = print::printableAsIs(compact);
    CHECK(p.versionNumber == 0);
    CHECK(p.fingerprint == fingerprint(compact));
    CHECK(p.signatureLines.size() == 3);
    CHECK(print::CompactDocument(compact).versionLine() == "Version: draft");
}
