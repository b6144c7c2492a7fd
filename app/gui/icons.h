#pragma once
/// Toolbar icons: the desktop theme's where it has one, else small drawings of our own
/// (a table, an indicator chart, a picture, a PDF page).
#include <wx/bitmap.h>

namespace zp::gui {

enum class Icon { New, Open, Save, Undo, Redo, Find, Table, Indicators, Image, Export, Check, Bold, Italic };

wxBitmap icon(Icon which, int size);

}  // namespace zp::gui
