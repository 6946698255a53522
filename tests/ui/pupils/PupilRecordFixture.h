#pragma once
// The DSL with Zoë's record open: a PupilRecordPage over the PupilRecordData school, shown and active. The
// tests of the record's tabs start here and pick their tab.

#include "GuiTestSupport.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilRecordTestData.h"
#include "support/RecordsFixture.h"

#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace lantern::test {

class ZoesRecordFixture : public RecordsFixture {
protected:
    // Subclasses: ASSERT_NO_FATAL_FAILURE(ZoesRecordFixture::SetUp()); then choose the tab.
    void SetUp() override
    {
        RecordsFixture::SetUp();
        data = makePupilRecordData(dsl());
        record = std::make_unique<PupilRecordPage>(dsl(), harness.services, nullptr, data.zoe,
                                                   std::function<void(qint64)>());
        record->resize(1100, 700);
        ASSERT_TRUE(showActive(*record));
    }

    GuiHarness harness;
    PupilRecordData data;
    std::unique_ptr<PupilRecordPage> record;
};

} // namespace lantern::test
