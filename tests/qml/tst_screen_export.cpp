// Screen and export agree: the same view drawn by the country layer (Qt Quick, OpenGL) and by
// the export renderer (QPainter, bare) at the same size; and the overlays (dots, labels) the
// screen's models show are the ones a composed export of that view draws. Every country's label point has the
// same colour; overall, fewer than 4% of pixels differ by more than 24 in any channel (the rest
// is borders and antialiasing: the layer draws screen-width lines, the renderer QPainter pens).
#include "countrylayer.h"
#include "countrylistmodel.h"
#include "dataset.h"
#include "labelplacer.h"
#include "diplomapqml.h"
#include "localization.h"
#include "cameracontroller.h"
#include "datesnapshot.h"
#include "fillcolors.h"
#include "interactionstate.h"
#include "mapcontroller.h"
#include "maprenderer.h"
#include "maptheme.h"
#include "regions.h"
#include "timelinecontroller.h"

#include <QPainter>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QtMath>
#include <QtTest>

class ScreenExport : public QObject
{
    Q_OBJECT

private slots:
    void sameColoursOnScreenAndInExport_data();
    void sameColoursOnScreenAndInExport();
    void sameOverlaysOnScreenAndInExport_data();
    void sameOverlaysOnScreenAndInExport();
};

namespace {

Localization localization;
MapTheme theme;

MapController *sharedController()
{
    static MapController *controller = [] {
        auto *c = new MapController(DataSet::load(DataPaths::defaults()), &localization, &theme);
        DiplomapQml::registerTypes(c);
        return c;
    }();
    return controller;
}

QSet<QString> keysWhere(CountryListModel *model, const char *role)
{
    QSet<QString> keys;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->get(row).value(QLatin1String(role)).toBool())
            keys.insert(model->get(row).value("key").toString());
    return keys;
}

} // namespace

// The overlays themselves: the screen's label placer (writing into the QML models) and a
// composed export of the same view, size and unit place the same dots (exactly) and the same
// labels at the same places; the export only leaves out labels under its legend card.
void ScreenExport::sameOverlaysOnScreenAndInExport_data()
{
    QTest::addColumn<QRectF>("box");
    QTest::addColumn<QString>("themeName");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("minLabels");
    QTest::addColumn<int>("minDots");
    QTest::newRow("world light vi") << Regions::find("world")->lonLatBox << "light" << "vi" << 15 << 20;
    QTest::newRow("southeast asia dark en") << Regions::find("southeast-asia")->lonLatBox << "dark" << "en" << 6 << 1;
    QTest::newRow("bering dark vi") << QRectF(QPointF(150, 50), QPointF(235, 75)) << "dark" << "vi" << 0 << 0;
    // A 16:10 window: the screen's unit is MapStyle::unitFor of its size, as an export's.
    QTest::newRow("world 16:10 light en") << Regions::find("world")->lonLatBox << "light" << "en" << 15 << 20;
}

void ScreenExport::sameOverlaysOnScreenAndInExport()
{
    QFETCH(QRectF, box);
    QFETCH(QString, themeName);
    QFETCH(QString, language);
    QFETCH(int, minLabels);
    QFETCH(int, minDots);
    MapController *controller = sharedController();
    controller->timeline()->setPlaying(false);
    controller->timeline()->setDate(QDate(2025, 12, 31));
    theme.setName(themeName);
    localization.setLanguage(language);

    const QSize size = QString(QTest::currentDataTag()).contains("16:10") ? QSize(1920, 1200) : QSize(1600, 900);
    const MapCamera camera = MapCamera::fitting(box, size);
    const QPointF centre = geo::lonLatFromMercator(camera.center);
    CountryLayer layer;
    layer.setController(controller);
    layer.setSize(size);
    layer.setZoomLevel(std::log2(camera.pixelsPerUnit / 256.0));
    layer.setCenter(QGeoCoordinate(centre.y(), std::remainder(centre.x(), 360.0)));
    LabelPlacer placer;
    placer.setLayer(&layer);
    placer.setModel(controller->labels());
    placer.setDots(controller->tinyStates());
    placer.setUnit(MapTheme::unitFor(size.width(), size.height())); // what the app's QML binds
    placer.place();

    MapRenderer::Options options;
    options.date = controller->timeline()->date();
    options.lonLatBox = box;
    options.language = language;
    MapStyle::themeFromName(themeName, &options.theme);
    const MapRenderer renderer(controller->data().boundaries, controller->data().timeline, controller->data().hub, size, options);
    const QVector<Country> &countries = controller->data().boundaries.countries;

    QSet<QString> exportDots;
    for (const PlacedDot &d : renderer.overlays().dots)
        exportDots.insert(countries[d.country].key);
    QCOMPARE(keysWhere(controller->tinyStates(), "dot"), exportDots);
    QVERIFY2(exportDots.size() >= minDots, qPrintable(QString::number(exportDots.size())));

    const QSet<QString> screenLabels = keysWhere(controller->labels(), "placed");
    int labels = 0;
    for (const PlacedLabel &l : renderer.overlays().labels) {
        const QString key = countries[l.country].key;
        QVERIFY2(screenLabels.contains(key), qPrintable(key));
        const QVariantMap row = controller->labels()->get(controller->labels()->rowOfKey(key));
        if (!l.hub) {
            QCOMPARE(QPointF(row.value("labelDx").toDouble(), row.value("labelDy").toDouble()), l.offset);
            QCOMPARE(row.value("labelColor").value<QColor>(), l.color);
            QCOMPARE(row.value("labelText").toString(), l.text);
        }
        ++labels;
    }
    QVERIFY2(labels >= minLabels, qPrintable(QString::number(labels)));
    // What the screen shows beyond the export lies under the export's legend card.
    for (const QString &key : screenLabels) {
        if (std::any_of(renderer.overlays().labels.cbegin(), renderer.overlays().labels.cend(),
                        [&](const PlacedLabel &l) { return countries[l.country].key == key; }))
            continue;
        const Country *c = controller->data().boundaries.country(key);
        const QPointF at = camera.toPixelsNearest(c->label);
        QVERIFY2(at.x() < size.width() / 2 && at.y() > size.height() / 3, qPrintable(key));
    }
    qInfo("%s: %d dots, %d labels in both, %d on screen", QTest::currentDataTag(), int(exportDots.size()), labels,
          int(screenLabels.size()));
    theme.setName("light");
    localization.setLanguage("vi");
}

void ScreenExport::sameColoursOnScreenAndInExport_data()
{
    QTest::addColumn<QRectF>("box"); // longitude, latitude
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("minCompared"); // label points on both
    QTest::newRow("world 2024") << Regions::find("world")->lonLatBox << QDate(2024, 12, 31) << 60;
    QTest::newRow("europe 2025") << Regions::find("europe")->lonLatBox << QDate(2025, 12, 31) << 20;
    // Across the antimeridian (Chukotka, Alaska, the Yukon): two world copies, each culled to
    // what is in view; a part culled by mistake would leave a large patch of sea.
    QTest::newRow("bering 2025") << QRectF(QPointF(150, 50), QPointF(235, 75)) << QDate(2025, 12, 31) << 0;
}

void ScreenExport::sameColoursOnScreenAndInExport()
{
    QFETCH(QRectF, box);
    QFETCH(QDate, date);
    QFETCH(int, minCompared);
    MapController *controller = sharedController();
    QVERIFY(controller->ok());
    controller->timeline()->setPlaying(false);
    controller->timeline()->setDate(date);

    const QSize size(1280, 720);
    const QTransform view = MapCamera::fitting(box, size).transform();
    // The Map's camera for the same view: 256 * 2^zoom pixels per world width.
    const double zoom = std::log2(view.m11() / 256.0);
    const QPointF centre = geo::lonLatFromMercator(view.inverted().map(QPointF(size.width() / 2.0, size.height() / 2.0)));

    static QQmlEngine engine; // one engine: the singletons belong to it
    QQuickView window(&engine, nullptr);
    window.setResizeMode(QQuickView::SizeRootObjectToView);
    window.resize(size);
    window.setSource(QUrl(QStringLiteral("qrc:/tests/LayerOnly.qml")));
    QVERIFY2(window.rootObject(), "LayerOnly.qml did not load");
    QQuickItem *map = window.rootObject();
    map->setProperty("zoomLevel", zoom);
    map->setProperty("center", QVariant::fromValue(QGeoCoordinate(centre.y(), std::remainder(centre.x(), 360.0))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QQuickItem *layer = map->findChild<QQuickItem *>(QStringLiteral("layer"));
    QVERIFY(layer);
    QTRY_VERIFY(layer->property("ready").toBool());
    QTRY_VERIFY(!layer->property("animating").toBool());
    QSignalSpy swapped(&window, &QQuickWindow::frameSwapped);
    window.update();
    QVERIFY(swapped.wait());
    const QImage screen = window.grabWindow().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(screen.size(), size);

    MapRenderer::Options options;
    options.date = date;
    options.lonLatBox = box;
    options.bare = true;
    const MapRenderer renderer(controller->data().boundaries, controller->data().timeline, controller->data().hub, size, options);
    QImage exported(size, QImage::Format_RGB32);
    QPainter painter(&exported);
    QVERIFY(renderer.paint(&painter));
    painter.end();

    // Label points where the export paints the country's fill, 3 px clear of any border.
    int compared = 0;
    for (const Country &c : controller->data().boundaries.countries) {
        QPoint p(-1, -1); // on the world copy in view, if any
        for (const double shift : {0.0, 1.0, -1.0})
            if (QRect(QPoint(3, 3), size - QSize(6, 6)).contains(view.map(c.label + QPointF(shift, 0)).toPoint()))
                p = view.map(c.label + QPointF(shift, 0)).toPoint();
        if (p.x() < 0)
            continue;
        bool uniform = true;
        for (int dx = -3; dx <= 3 && uniform; ++dx)
            for (int dy = -3; dy <= 3 && uniform; ++dy)
                uniform = exported.pixel(p + QPoint(dx, dy)) == exported.pixel(p);
        if (!uniform || QColor(exported.pixel(p)) != renderer.fillColor(c.key))
            continue;
        ++compared;
        const QColor a = screen.pixelColor(p), b = exported.pixelColor(p);
        const int diff = std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
        QVERIFY2(diff <= 2, qPrintable(QStringLiteral("%1 at (%2, %3): screen %4, export %5")
                                           .arg(c.key).arg(p.x()).arg(p.y()).arg(a.name(), b.name())));
    }
    QVERIFY2(compared >= minCompared, qPrintable(QString::number(compared)));

    int differing = 0;
    for (int y = 0; y < size.height(); ++y) {
        const QRgb *s = reinterpret_cast<const QRgb *>(screen.constScanLine(y));
        const QRgb *e = reinterpret_cast<const QRgb *>(exported.constScanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int d = std::max({std::abs(qRed(s[x]) - qRed(e[x])), std::abs(qGreen(s[x]) - qGreen(e[x])),
                                    std::abs(qBlue(s[x]) - qBlue(e[x]))});
            differing += d > 24 ? 1 : 0;
        }
    }
    const double share = double(differing) / (size.width() * size.height());
    qInfo("%s: %d label points identical, %.2f%% of pixels differ", QTest::currentDataTag(), compared, share * 100);
    QVERIFY2(share < 0.04, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100)));
}

QTEST_MAIN(ScreenExport)
#include "tst_screen_export.moc"
