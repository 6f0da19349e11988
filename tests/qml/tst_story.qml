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
            // The camera moves first, on the date the animation starts from; a click ends it on the
            // scene's date.
            verify(Story.animating)
            compare(Timeline.isoDate, scene(0).isoDate)
            keyClick(Qt.Key_Right)
            compare(Story.animating, false)
            compare(Story.sceneIndex, 1)
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

        // Build a story in the app: the current view as scenes, captions, notes, an animation,
        // reordering, deleting; save it, open it again: the same scenes.
        function test_edit_save_and_reopen() {
            Story.newStory()
            compare(Story.active, false)
            compare(Story.sceneCount, 0)
            var path = testTempDir + "/talk.json"
            verify(!Story.openSpec(path)) // not there yet
            verify(Story.error.indexOf(path) === 0)
            var dates = [[2024, 11, 31], [2025, 1, 26], [2025, 2, 12], [2025, 9, 29], [2025, 11, 31]]
            for (var i = 0; i < dates.length; ++i) {
                Timeline.date = new Date(dates[i][0], dates[i][1], dates[i][2])
                if (i === 3)
                    screen.showRegion("europe", false)
                Story.addScene(screen.visibleBox())
                compare(Story.sceneIndex, i)
                Story.setCaption(i, "Cảnh " + (i + 1))
                Story.setNotes(i, "Ghi chú " + (i + 1))
            }
            compare(Story.sceneCount, 5)
            compare(Story.active, true)
            compare(Story.modified, true)
            Story.setAnimation(1, 2500)
            compare(scene(1).duration, 2500)
            Story.setAnimation(0, 2500) // the first scene has nothing to play from
            compare(scene(0).duration, 0)
            Story.moveScene(4, 0)
            compare(scene(0).caption, "Cảnh 5")
            Story.removeScene(0)
            compare(Story.sceneCount, 4)
            compare(scene(0).caption, "Cảnh 1")
            Localization.language = "en"
            Story.setCaption(0, "Scene 1")
            Localization.language = "vi"

            verify(!Story.saveAs(testTempDir)) // a folder is refused, nothing written
            verify(Story.error.indexOf("is a directory") > 0, Story.error)
            verify(Story.saveAs(path), Story.error)
            compare(Story.modified, false)
            compare(Story.fileName, path)
            Story.exit()

            verify(Story.openSpec(path), Story.error)
            compare(Story.sceneCount, 4)
            compare(Story.caption, "Cảnh 1")
            compare(scene(1).isoDate, "2025-02-26")
            compare(scene(1).duration, 2500)
            compare(scene(3).isoDate, "2025-10-29")
            compare(scene(3).notes, "Ghi chú 4")
            Localization.language = "en"
            compare(Story.caption, "Scene 1")
            // Deliver it: PageDown plays scene 2 from 31 Dec 2024 to 26 Feb 2025.
            keyClick(Qt.Key_PageDown)
            tryCompare(Story, "animating", false, 10000)
            compare(Timeline.isoDate, "2025-02-26")
            keyClick(Qt.Key_PageDown)
            keyClick(Qt.Key_PageDown)
            compare(Story.sceneIndex, 3)
            compareCamera()
        }

        function test_panel_takes_the_keys() {
            keyClick(Qt.Key_S)
            compare(overlay.panel.visible, true)
            keyClick(Qt.Key_PageDown) // the panel's fields own the keyboard: no scene change
            compare(Story.sceneIndex, 0)
            overlay.panel.visible = false
            keyClick(Qt.Key_PageDown)
            compare(Story.sceneIndex, 1)
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
