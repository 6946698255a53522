#pragma once

#include "crypto/SecureBytes.h"

class QLineEdit;
class QWidget;

namespace lantern {

// A line edit for a password or recovery key: masked, and kept out of input-method prediction.
QLineEdit* secretEdit(QWidget* parent);

// Takes what was typed into secure memory and empties the field. The QString copy is overwritten before it
// goes. (QLineEdit's own buffer is ordinary memory that Lantern cannot wipe; it holds the text only while it
// is being typed.)
SecureBytes takeSecret(QLineEdit* edit);

} // namespace lantern
