#pragma once

#include <QString>
#include <optional>

namespace lantern {

// Checks for the DfE (CBDS) demographic codes stored on a pupil, read from the shipped code lists
// (resources/codes/sex.csv, ethnicity-main.csv, ethnicity-extended.csv). Codes are exact: upper case, no
// spaces.

bool isValidSex(const QString& code);
// Why `code` is not a sex code (M, F or U), for the person entering it; std::nullopt when it is one.
std::optional<QString> sexProblem(const QString& code);

// A main code (WBRI) or an extended code (WENG) that rolls up to one.
bool isValidEthnicity(const QString& code);
std::optional<QString> ethnicityProblem(const QString& code);
// The main code a code counts under in census-shaped figures: itself for a main code, its roll-up for an
// extended code (WENG gives WBRI); std::nullopt for an unknown code.
std::optional<QString> ethnicityMainCode(const QString& code);

} // namespace lantern
