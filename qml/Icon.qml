// A small vector icon drawn with antialiasing: play, pause, previous, next, close, layers.
import QtQuick 2.15

Canvas {
    id: icon
    property string name: "play"
    property color color: "black"

    onNameChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        var ctx = getContext("2d")
        ctx.reset()
        var s = Math.min(width, height) / 24
        ctx.scale(s, s)
        ctx.fillStyle = color
        ctx.strokeStyle = color
        ctx.lineWidth = 2.4
        ctx.lineCap = "round"
        ctx.beginPath()
        if (name === "play") {
            ctx.moveTo(7, 4); ctx.lineTo(20, 12); ctx.lineTo(7, 20); ctx.closePath(); ctx.fill()
        } else if (name === "pause") {
            ctx.rect(6, 4, 4, 16); ctx.rect(14, 4, 4, 16); ctx.fill()
        } else if (name === "previous") {
            ctx.rect(4, 5, 3, 14); ctx.moveTo(20, 5); ctx.lineTo(9, 12); ctx.lineTo(20, 19); ctx.closePath(); ctx.fill()
        } else if (name === "next") {
            ctx.rect(17, 5, 3, 14); ctx.moveTo(4, 5); ctx.lineTo(15, 12); ctx.lineTo(4, 19); ctx.closePath(); ctx.fill()
        } else if (name === "close") {
            ctx.moveTo(6, 6); ctx.lineTo(18, 18); ctx.moveTo(18, 6); ctx.lineTo(6, 18); ctx.stroke()
        } else if (name === "arrow") {
            ctx.moveTo(3, 12); ctx.lineTo(19, 12); ctx.stroke()
            ctx.beginPath(); ctx.moveTo(14, 6); ctx.lineTo(21, 12); ctx.lineTo(14, 18); ctx.closePath(); ctx.fill()
        }
    }
}
