#pragma once

#include "support/TestSupport.h"

#include <gtest/gtest.h>

namespace lantern::test {

// One line of lantern-cli's standard input (it reads each password from a line of its own).
QString line(const QString& text);

// A vault made by `lantern-cli init` for amira (the DSL), with sam (staff) and ada (admin) added by
// `lantern-cli user add`: the school as a script drives it. Each user's password is password(user).
class CliVaultTest : public ::testing::Test {
protected:
    void SetUp() override;

    // Adds `name` with `role` as amira.
    void addUser(const QString& name, const QString& role);
    static QString password(const QString& user) { return user + QStringLiteral(" has a long password"); }
    QString vault() const { return m_temp.path(QStringLiteral("school.lantern")); }

    // `words` VAULT --as USER `more`, with USER's password on standard input.
    CliResult as(const QString& user, const QStringList& words, const QStringList& more = {});

    TempFolder m_temp;
};

} // namespace lantern::test
