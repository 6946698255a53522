#pragma once

#include "import/RosterReader.h"

#include <QList>
#include <QXmlStreamReader>

namespace lantern {

// Pupils from a DfE Common Transfer File (reference: ctf.md), streamed with QXmlStreamReader: only the
// <Pupil> being read is held, as a small tree, and attainment blocks (StageAssessments, SchoolHistory…) are
// skipped unread.
//
// Lenient where real files differ: element order, missing optional blocks, <Gender> instead of <Sex>,
// names and sex inside BasicDetails, <LegalSurname>/<LegalForename>, <Pupils> instead of <CTFpupilData>;
// unknown elements are ignored and listed in notes(). Strict where data would be wrong: every date must be
// YYYY-MM-DD and real, booleans true/false/1/0, and the file UTF-8.
class CtfReader final : public RosterReader {
public:
    struct Header {
        QString version;    // CTFversion, e.g. "25.0"
        QString qualifier;  // DocumentQualifier: "full" or "partial"
        QString supplier;   // SupplierID
        QString schoolName; // SourceSchool/SchoolName
        QString sourceLa;   // SourceSchool/LEA
        QString sourceEstab;
    };

    CtfReader(QIODevice& device, const QDate& today);

    std::optional<RosterRecord> next() override;
    QString documentQualifier() const override { return m_header.qualifier; }
    const Header& header() const { return m_header; }

    // Limits that keep a hostile or broken file from exhausting memory: no real pupil comes near them.
    static constexpr int maxDepth = 24;
    static constexpr int maxElementsPerPupil = 5000;
    static constexpr qsizetype maxTextLength = 64 * 1024;

    struct Node {
        QString name;
        QString text;
        qint64 line = 0;
        QList<Node> children;

        // The first child named `childName` (ignoring case); nullptr when there is none.
        const Node* child(QStringView childName) const;
        QList<const Node*> all(QStringView childName) const;
        QString childText(QStringView childName) const;
    };

private:
    bool advance();
    bool readTree(Node& node, int depth, int& budget);
    bool skipElement();
    void readHeader(const Node& header);
    RosterRecord mapPupil(const Node& pupil);
    void mapBasics(const Node& pupil, RosterRecord& record);
    void mapHistories(const Node& pupil, RosterRecord& record);
    void mapContacts(const Node& pupil, RosterRecord& record);

    QXmlStreamReader m_xml;
    Header m_header;
    int m_depth = 0;
    bool m_rootEnded = false;
    bool m_sawRoot = false;
};

} // namespace lantern
