#pragma once

namespace lantern {

class Clock;
class FileChooser;
class MessageSeam;

// What every window and page needs from outside the widget tree: the clock (idle lock, clipboard clearing and
// every recorded time) and the dialogs a test must be able to answer. The application passes the real ones;
// GUI tests pass a ManualClock and scripted dialogs. Everything referred to outlives every widget.
struct UiServices {
    const Clock& clock;
    FileChooser& files;
    MessageSeam& messages;
};

} // namespace lantern
