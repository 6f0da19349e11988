// The presenter console on two screens (issue 12): the audience window and the console land on
// different screens, the console follows the story (counter, notes, the next scene's date and
// still), and its keys drive the story. Pictures of both windows go to reviewDir.
import QtQuick 2.15
import QtQuick.Window 2.15
import QtTest 1.15
import Diplomap 1.0
import "qrc:/qml" as Ui

Item {
    id: root
    width: 1280
    height: 720

    Ui.MapScreen {
        id: screen
        anchors.fill: parent
        animated: false
    }
    Ui.StoryOverlay {
        id: overlay
        anchors.fill: parent
        screenItem: screen
    }

    TestCase {
        name: "Console"
        when: windowShown

        function test_console_on_the_other_screen() {
            tryCompare(screen.countryLayer, "ready", true, 20000)
            compare(Qt.application.screens.length, 2, "run under run-two-screens.sh")
            verify(Story.openSpec("year:2025"))
            var pc = overlay.presenterConsole
            compare(pc.visible, false)
            keyClick(Qt.Key_P)
            compare(pc.visible, true)
            waitForRendering(pc.contentItem)
            verify(pc.screen.name !== root.Window.window.screen.name,
                   pc.screen.name + " / " + root.Window.window.screen.name)
            compare(root.Window.window.visibility, Window.FullScreen)
            // The console shows the story.
            compare(findChild(pc.contentItem, "consoleCounter").text, "1 / " + Story.sceneCount)
            compare(findChild(pc.contentItem, "consoleNotes").text, Story.notes)
            verify(Story.notes.indexOf("Source: ") > 0 || Story.notes.indexOf("Nguồn: ") > 0)
            var next = findChild(pc.contentItem, "consoleNextDate")
            compare(next.text, Story.scenes[1].date + " · " + Story.nextCaption)
            var preview = findChild(pc.contentItem, "consolePreview")
            tryCompare(preview, "status", Image.Ready)
            compare(preview.sourceSize.width, Math.round(preview.width))
            grabImage(pc.contentItem).save(reviewDir + "/console-vi.png")
            // The still is the next scene's map: several colours along its middle row (a blank
            // or missing image has one).
            var shot = grabImage(pc.contentItem)
            var p = preview.mapToItem(pc.contentItem, 0, preview.height / 2)
            var colours = {}, n = 0
            for (var x = 2; x < preview.width - 2; x += 8) {
                var c = shot.pixel(p.x + x, p.y)
                if (!colours[c]) { colours[c] = true; ++n }
            }
            verify(n >= 3, n + " colours")
            // The keys work from the console window as well.
            pc.requestActivate()
            tryCompare(pc, "active", true)
            keyClick(Qt.Key_PageDown)
            compare(Story.sceneIndex, 1)
            compare(findChild(pc.contentItem, "consoleCounter").text, "2 / " + Story.sceneCount)
            compare(next.text, Story.scenes[2].date + " · " + Story.nextCaption)
            Localization.language = "en"
            Story.next() // ends the animation
            waitForRendering(pc.contentItem)
            grabImage(pc.contentItem).save(reviewDir + "/console-en.png")
            grabImage(root).save(reviewDir + "/audience-en.png")
            keyClick(Qt.Key_P)
            compare(pc.visible, false)
            Story.exit()
        }
    }
}
