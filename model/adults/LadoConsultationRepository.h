#pragma once

#include "adults/Adult.h"

#include <QLatin1String>

namespace lantern {

class Vault;

// Consultations with the local authority designated officer (LADO) about an adult's low-level concerns.
// Recording one, with its outcome, clears the pattern prompt for the concerns it considered: later concerns
// count afresh.
// The identifiers of a LADO consultation's fields, carried by the errors about them (Error::field()).
namespace LadoConsultationField {
inline constexpr QLatin1String consultedOn{"ladoConsultation.consultedOn"};
inline constexpr QLatin1String lado{"ladoConsultation.lado"};
inline constexpr QLatin1String advice{"ladoConsultation.advice"};
inline constexpr QLatin1String concerns{"ladoConsultation.concerns"};
} // namespace LadoConsultationField

class LadoConsultationRepository {
public:
    explicit LadoConsultationRepository(Vault& vault);

    // Keepers of the adult's entry only. Throws Error(InvalidInput) naming the field: no LADO name, a date in
    // the future, a concern that is not this adult's or was already considered, or nothing left to consider.
    // Audited "adult.lado.add" with the outcome.
    qint64 record(qint64 adultId, const NewLadoConsultation& consultation);

private:
    Vault& m_vault;
};

} // namespace lantern
