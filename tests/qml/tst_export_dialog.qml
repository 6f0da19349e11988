// The export dialog in the map screen: E or the Export button opens it with the map's date,
// language and theme; the map's shortcuts are off while it is open; Esc and Close close it.
// Saves pictures of the open dialog (export-dialog.png, export-dialog-dark.png, export-dialog-error-vi.png) in reviewDir.
import QtQuick 2.15
import QtTest 1.15
import Diplomap 1.0

Item {
    id: root
    width: 1600
    height: 900

    Loader {
        id: loader
        anchors.fill: parent
        source: "qrc:/qml/MapScreen.qml"
        onLoaded: item.animated = false
    }

    TestCase {
        id: test
        name: "ExportDialog"
        when: windowShown && (loader.status === Loader.Ready || loader.status === Loader.Error)

        property var screen: loader.item
        property var dialog: screen ? screen.exportDialog : null

        function initTestCase() {
            compare(loader.status, Loader.Ready, "MapScreen.qml loads")
            tryCompare(screen.countryLayer, "ready", true, 20000)
        }

        function init() {
            Localization.language = "vi"
            Theme.name = "light"
            Timeline.pause()
            Timeline.date = new Date(2025, 11, 31)
            screen.showRegion("world", false)
            if (dialog.open)
                dialog.close()
            Exporter.format = "png"
            Exporter.preset = "1080p"
        }

        function test_keyOpensAndEscCloses() {
            verify(!dialog.visible)
            Timeline.date = new Date(2024, 9, 7)
            keyClick(Qt.Key_E)
            tryCompare(dialog, "visible", true)
            compare(Exporter.date, "2024-10-07", "the timeline's date")
            compare(Exporter.language, "vi")
            compare(Exporter.theme, "light")
            compare(Exporter.region, "world")
            verify(Exporter.outPath.indexOf("diplomap-2024-10-07.png") > 0, Exporter.outPath)
            compare(findChild(dialog, "exportDate").text, "2024-10-07")
            // Modal: the map's keys do nothing while it is open.
            keyClick(Qt.Key_L)
            compare(Localization.language, "vi")
            keyClick(Qt.Key_Right)
            compare(Timeline.isoDate, "2024-10-07")
            // Typing in a field goes to the field; Esc still closes.
            var path = findChild(dialog, "exportPath")
            mouseClick(path)
            keyClick(Qt.Key_End)
            keyClick(Qt.Key_E)
            verify(Exporter.outPath.indexOf(".pnge") > 0, Exporter.outPath)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            keyClick(Qt.Key_L) // and work again once it is closed
            compare(Localization.language, "en")
        }

        function test_buttonOpensWithTheScreensState() {
            Theme.name = "dark"
            Localization.language = "en"
            screen.showRegion("europe", false)
            var button = findChild(screen.timelineBar, "exportButton")
            verify(button !== null)
            compare(button.text, "Export")
            mouseClick(button)
            tryCompare(dialog, "visible", true)
            verify(button.checked)
            compare(Exporter.theme, "dark")
            compare(Exporter.language, "en")
            compare(Exporter.region, "europe")
            // A bad date is flagged and reported, in the UI language.
            var date = findChild(dialog, "exportDate")
            mouseClick(date)
            keyClick(Qt.Key_End)
            keyClick(Qt.Key_Backspace)
            compare(Exporter.date, "2025-12-3")
            verify(!Exporter.dateValid)
            verify(!date.valid)
            mouseClick(dialog.exportButton)
            tryCompare(dialog.resultText, "text", "Invalid date '2025-12-3' (expected YYYY-MM-DD)")
            verify(dialog.resultText.visible)
            mouseClick(dialog.cancelButton)
            tryCompare(dialog, "visible", false)
        }

        SignalSpy { id: finishedSpy; target: Exporter; signalName: "finished" }

        function test_exportsFromTheDialog() {
            keyClick(Qt.Key_E)
            tryCompare(dialog, "visible", true)
            // The default file is a new one: nothing would be replaced.
            verify(!findChild(dialog, "exportExists").visible)
            compare(findChild(dialog, "exportStartLabel").text, "Xuất")
            var path = testTempDir + "/export-dialog-test.png"
            Exporter.outPath = path
            Exporter.width = 640
            Exporter.height = 360
            compare(Exporter.preset, "custom")
            compare(findChild(dialog, "exportWidth").text, "640")
            finishedSpy.clear()
            mouseClick(dialog.exportButton)
            finishedSpy.wait(60000)
            compare(finishedSpy.signalArguments[0][0], true, finishedSpy.signalArguments[0][1])
            compare(Exporter.lastFile, path)
            compare(dialog.resultText.text, "Đã lưu: " + path)
            verify(dialog.resultText.visible)
            // The typed path now names a file: the dialog says so and the button says "replace".
            verify(findChild(dialog, "exportExists").visible)
            compare(findChild(dialog, "exportStartLabel").text, "Ghi đè")
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
        }

        // A video: the video rows replace the date, the range is the timeline's view, errors
        // show in the UI language; the export shows its time left and Cancel stops it, leaving
        // no file. Pictures: export-dialog-video.png (exporting, vi), -video-en.png (an error).
        function test_videoFromTheDialog() {
            keyClick(Qt.Key_E)
            tryCompare(dialog, "visible", true)
            Exporter.format = "mp4"
            verify(!findChild(dialog, "exportDate").visible)
            var from = findChild(dialog, "videoFrom")
            verify(from.visible)
            compare(from.text, Qt.formatDate(Timeline.viewStart, "yyyy-MM-dd"))
            compare(findChild(dialog, "videoTo").text, Qt.formatDate(Timeline.viewEnd, "yyyy-MM-dd"))
            compare(Exporter.preset, "1080p")
            Exporter.video.from = "2024-12-31"
            Exporter.video.to = "2025-12-31"
            compare(findChild(dialog, "videoLength").text, "Video dài 12 giây · 360 khung hình")
            var path = testTempDir + "/export-dialog-test.mp4"
            Exporter.outPath = path
            Exporter.preset = "720p"
            Exporter.video.paceValue = "60"
            finishedSpy.clear()
            mouseClick(dialog.exportButton)
            verify(Exporter.busy)
            tryVerify(function() { return Exporter.timeLeft !== "" }, 60000, "time left shown")
            compare(findChild(dialog, "exportTimeLeft").text.indexOf("còn khoảng "), 0)
            waitForRendering(dialog)
            var saved = false
            root.grabToImage(function(result) { saved = result.saveToFile(reviewDir + "/export-dialog-video.png") })
            tryVerify(function() { return saved }, 5000, "export-dialog-video.png written")
            mouseClick(dialog.cancelButton)
            finishedSpy.wait(60000)
            compare(finishedSpy.signalArguments[0][0], false)
            compare(dialog.resultText.text, "Đã hủy xuất video")
            verify(!Exporter.outPathExists)
            // An error in English: the range backwards.
            Localization.language = "en"
            var to = findChild(dialog, "videoTo")
            mouseClick(to)
            keyClick(Qt.Key_End)
            for (var i = 0; i < 10; ++i)
                keyClick(Qt.Key_Backspace)
            var typed = "2024-01-01"
            for (var k = 0; k < typed.length; ++k)
                keyClick(typed[k])
            compare(Exporter.video.to, "2024-01-01")
            verify(!to.valid)
            mouseClick(dialog.exportButton)
            tryCompare(dialog.resultText, "text", "Invalid range 2024-12-31 to 2024-01-01 (the end must come after the start)")
            waitForRendering(dialog)
            saved = false
            root.grabToImage(function(result) { saved = result.saveToFile(reviewDir + "/export-dialog-video-en.png") })
            tryVerify(function() { return saved }, 5000, "export-dialog-video-en.png written")
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
        }

        // A story open in the app: the video plays it by default (its scenes set the dates and
        // the camera; the hold is each scene's), or the range when chosen. Picture:
        // export-dialog-story.png.
        function test_videoOfTheOpenStory() {
            verify(Story.openSpec("year:2025"))
            keyClick(Qt.Key_E)
            tryCompare(dialog, "visible", true)
            Exporter.format = "mp4"
            compare(Exporter.video.source, "story")
            verify(/\/diplomap-story(-\d+)?\.mp4$/.test(Exporter.outPath), Exporter.outPath)
            verify(findChild(dialog, "videoSource").visible)
            verify(!findChild(dialog, "videoFrom").visible)
            compare(Exporter.video.hold, "3")
            verify(!findChild(dialog, "exportRegions").visible, "the scenes set the camera")
            // 18 scenes at 30 fps: the first 3 s + 3 s, then 1.5 s + 3 s + 3 s each.
            compare(findChild(dialog, "videoStoryLength").text, "Video dài 133,5 giây · 4005 khung hình")
            waitForRendering(dialog)
            var saved = false
            root.grabToImage(function(result) { saved = result.saveToFile(reviewDir + "/export-dialog-story.png") })
            tryVerify(function() { return saved }, 5000, "export-dialog-story.png written")
            Exporter.video.source = "range"
            verify(/\/diplomap-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d(-\d+)?\.mp4$/.test(Exporter.outPath), Exporter.outPath)
            verify(findChild(dialog, "videoFrom").visible)
            verify(findChild(dialog, "exportRegions").visible)
            compare(Exporter.video.hold, "1")
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            Story.exit()
            keyClick(Qt.Key_E)
            tryCompare(dialog, "visible", true)
            compare(Exporter.video.source, "range", "no story open: the range")
            verify(!findChild(dialog, "videoSource").visible)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
        }

        // Pictures of the open dialog for review (1600x900): vi and light, then en and dark.
        function test_picture() {
            Interaction.showLabels = true
            keyClick(Qt.Key_E)
            tryCompare(dialog, "visible", true)
            waitForRendering(dialog)
            var saved = false
            root.grabToImage(function(result) { saved = result.saveToFile(reviewDir + "/export-dialog.png") })
            tryVerify(function() { return saved }, 5000, "export-dialog.png written")
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            // English, dark, with an error shown.
            Localization.language = "en"
            Theme.name = "dark"
            keyClick(Qt.Key_E)
            tryCompare(dialog, "visible", true)
            Exporter.outPath = "/nonexistent/dir/x.png"
            mouseClick(dialog.exportButton)
            tryVerify(function() { return dialog.resultText.text.indexOf("/nonexistent/dir/x.png") > 0 }, 30000)
            compare(dialog.resultText.text, "Export failed: cannot write '/nonexistent/dir/x.png': No such file or directory")
            waitForRendering(dialog)
            saved = false
            root.grabToImage(function(result) { saved = result.saveToFile(reviewDir + "/export-dialog-dark.png") })
            tryVerify(function() { return saved }, 5000, "export-dialog-dark.png written")
            // The same failure in Vietnamese, its reason too.
            Localization.language = "vi"
            mouseClick(dialog.exportButton)
            tryCompare(dialog.resultText, "text", "Không thể xuất: không ghi được '/nonexistent/dir/x.png': thư mục không tồn tại", 30000)
            waitForRendering(dialog)
            saved = false
            root.grabToImage(function(result) { saved = result.saveToFile(reviewDir + "/export-dialog-error-vi.png") })
            tryVerify(function() { return saved }, 5000, "export-dialog-error-vi.png written")
            Localization.language = "en"
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            Interaction.showLabels = false
        }
    }
}
