// A story delivered with the keys (issue 12): the scenes' dates, cameras and captions as set,
// the ends stay put, B blacks the screen out and back, Esc leaves. The map and the story
// overlay as the application composes them (Main.qml).
import QtQuick 2.15
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
        name: "Story"
        when: windowShown

        function init() {
            Localization.language = "vi"
            Interaction.highlightedTier = ""
            tryCompare(screen.countryLayer, "ready", true, 20000)
            verify(Story.openSpec("year:2025"), Story.error)
        }
        function cleanup() {
            Story.exit()
        }
        function scene(i) { return Story.scenes[i] }
        // The map shows the view the story asks for (flights are instant: animated is off).
        function compareCamera() {
            var v = Story.view(screen.freeRect(), Qt.size(screen.map.width, screen.map.height))
            verify(v.center !== undefined)
            // (Qt Location adjusts the zoom by a few thousandths when it applies the centre.)
            fuzzyCompare(screen.map.zoomLevel, v.zoomLevel, 0.01)
            fuzzyCompare(screen.map.center.latitude, v.center.latitude, 0.05)
            fuzzyCompare(screen.map.center.longitude, v.center.longitude, 0.05)
        }

        function test_scenes_follow_the_keys() {
            // The year's changes (the change list of 2025) and the totals.
            Timeline.date = new Date(2025, 11, 31)
            var changes = MapController.changes.rowCount()
            verify(changes > 0)
            Story.home() // the first scene again, as it ends
            compare(Story.sceneCount, changes + 1)
            compare(Story.sceneIndex, 0)
            compare(Story.counter, "1 / " + (changes + 1))
            compare(Timeline.isoDate, scene(0).isoDate)
            compare(overlay.caption.visible, true)
            compare(Story.caption, scene(0).caption)
            compareCamera()

            keyClick(Qt.Key_PageUp) // the first scene stays put
            compare(Story.sceneIndex, 0)
            keyClick(Qt.Key_Left)
            compare(Story.sceneIndex, 0)

            keyClick(Qt.Key_PageDown) // the next scene plays from the previous date to its own
            compare(Story.sceneIndex, 1)
            compare(Story.counter, "2 / " + Story.sceneCount)
            compare(Story.caption, scene(1).caption)
            compareCamera()
            if (Story.animating) { // a click during the animation ends it on the scene's date
                verify(Timeline.isoDate <= scene(1).isoDate)
                keyClick(Qt.Key_Right)
                compare(Story.animating, false)
                compare(Story.sceneIndex, 1)
            }
            compare(Timeline.isoDate, scene(1).isoDate)
            keyClick(Qt.Key_Space)
            compare(Story.sceneIndex, 2)
            tryCompare(Story, "animating", false, 10000) // plays to the end by itself, then waits
            compare(Timeline.isoDate, scene(2).isoDate)
            compare(Story.sceneIndex, 2)

            keyClick(Qt.Key_PageUp) // back: the previous scene as it ends
            compare(Story.sceneIndex, 1)
            compare(Story.animating, false)
            compare(Timeline.isoDate, scene(1).isoDate)

            // The last scene: the totals, over the world; past it stays put.
            Story.goTo(Story.sceneCount - 1)
            keyClick(Qt.Key_PageDown)
            keyClick(Qt.Key_PageDown)
            compare(Story.sceneIndex, Story.sceneCount - 1)
            compare(Timeline.isoDate, "2025-12-31")
            compare(Story.caption, "Cuối năm 2025: 42 đối tác, " + changes + " thay đổi trong năm")
            compareCamera()
            var world = Camera.regionView("world", screen.freeRect(), Qt.size(screen.map.width, screen.map.height))
            fuzzyCompare(screen.map.zoomLevel, world.zoomLevel, 0.01)

            Localization.language = "en" // the caption follows the language
            compare(Story.caption, "End of 2025: 42 partners, " + changes + " changes this year")

            keyClick(Qt.Key_Home)
            compare(Story.sceneIndex, 0)
            compare(Timeline.isoDate, scene(0).isoDate)
        }

        function test_blackout_and_leave() {
            var black = findChild(overlay, "storyBlackout")
            compare(black.visible, false)
            keyClick(Qt.Key_B)
            compare(Story.blackout, true)
            compare(black.visible, true)
            compare(overlay.caption.visible, false)
            keyClick(Qt.Key_PageDown) // the keys still work under the black screen
            compare(Story.sceneIndex, 1)
            keyClick(Qt.Key_B)
            compare(Story.blackout, false)
            compare(black.visible, false)

            keyClick(Qt.Key_Escape)
            compare(Story.active, false)
            compare(overlay.caption.visible, false)
            keyClick(Qt.Key_B) // no story: B does nothing
            compare(Story.blackout, false)
            // The map's own keys are back: Right steps the timeline to its next event.
            Timeline.date = new Date(2025, 0, 1)
            keyClick(Qt.Key_Right)
            verify(Timeline.isoDate > "2025-01-01")
        }

        function test_history_by_decades() {
            verify(Story.openSpec("history"))
            verify(Story.sceneCount >= 2)
            compare(Timeline.isoDate, scene(0).isoDate)
            Story.goTo(Story.sceneCount - 1)
            keyClick(Qt.Key_Right)
            compare(Timeline.isoDate, scene(Story.sceneCount - 1).isoDate)
        }

        function test_a_bad_story_keeps_the_open_one() {
            Story.next()
            verify(!Story.openSpec("year:1800"))
            verify(Story.error.indexOf("year 1800 is outside the data") === 0)
            compare(Story.active, true)
            compare(Story.sceneIndex, 1)
        }
    }
}
