// The delivery keys while a story is open (README, Stories), in whichever window holds them:
// next (PageDown, Right, Space: a playing animation ends, else the next scene plays), back
// (PageUp, Left), B black screen, Home first scene, Esc leaves the story, P the presenter console.
import QtQuick 2.15
import Diplomap 1.0

Item {
    id: keys
    property bool enabled: true
    readonly property bool on: enabled && Story.active
    signal consoleToggled()

    Shortcut { sequences: ["PgDown", "Right", "Space"]; enabled: keys.on; onActivated: Story.next() }
    Shortcut { sequences: ["PgUp", "Left"]; enabled: keys.on; onActivated: Story.back() }
    Shortcut { sequence: "B"; enabled: keys.on; onActivated: Story.toggleBlackout() }
    Shortcut { sequence: "Home"; enabled: keys.on; onActivated: Story.home() }
    Shortcut { sequence: "Esc"; enabled: keys.on; onActivated: Story.exit() }
    Shortcut { sequence: "P"; enabled: keys.on; onActivated: keys.consoleToggled() }
}
