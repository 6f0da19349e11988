// The country layer's raster cache (issue 16): a mid-transition frame drawn from the cache (a
// composed frame whose changed countries were recomposed frame after frame through the fade,
// copied into the window) against the same frame rasterised as before
// (CountryLayer::rasterCache false): under 0.5% of pixels differ, borders as crisp; colour
// frames never rasterise again, a camera move does. The window has 1920x1080 device
// pixels: run once as is and once with QT_SCALE_FACTOR=2 (CTest does both).
#include "countrylayer.h"
#include "countryrendernode.h"
#include "dataset.h"
#include "diplomapqml.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "rastercache.h"
#include "timelinecontroller.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QtTest>

namespace {

int channelDiff(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

} // namespace

class RasterCacheTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transitionFrameSameBothWays();
    void cacheFollowsTheCamera();
    void cacheFollowsTheSize();

private:
    QImage frame(bool cached);          // the window as drawn with or without the cache
    QPoint devicePixel(double lon, double lat) const;
    QColor colorOf(const QString &key) const { return m_layer->shownColor(key); }

    Localization m_localization;
    MapTheme m_theme;
    MapController *m_controller = nullptr;
    QQmlEngine *m_engine = nullptr;
    QQuickView *m_window = nullptr;
    CountryLayer *m_layer = nullptr;
    qreal m_dpr = 1;
};

void RasterCacheTest::initTestCase()
{
    m_controller = new MapController(DataSet::load(DataPaths::defaults()), &m_localization, &m_theme, this);
    QVERIFY(m_controller->ok());
    DiplomapQml::registerTypes(m_controller);
    m_controller->timeline()->setPlaying(false);
    m_controller->timeline()->setDate(QDate(2024, 12, 31));
    m_engine = new QQmlEngine(this);
    m_window = new QQuickView(m_engine, nullptr);
    m_window->setResizeMode(QQuickView::SizeRootObjectToView);
    m_dpr = m_window->devicePixelRatio();
    m_window->resize(QSize(1920, 1080) / m_dpr);
    m_window->setSource(QUrl(QStringLiteral("qrc:/tests/LayerOnly.qml")));
    QQuickItem *map = m_window->rootObject();
    QVERIFY2(map, "LayerOnly.qml did not load");
    map->setProperty("zoomLevel", std::log2(m_window->width() / 256.0)); // the world's width fills the window
    map->setProperty("center", QVariant::fromValue(QGeoCoordinate(15, 10)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_layer = map->findChild<CountryLayer *>(QStringLiteral("layer"));
    QVERIFY(m_layer);
    m_layer->setRasterCache(true); // the default (unless DIPLOMAP_RASTER_CACHE=0); the test compares both paths
    m_layer->setPulseDuration(0);
    QTRY_VERIFY(m_layer->isReady());
    qInfo("device pixel ratio %g, window %dx%d", m_dpr, m_window->width(), m_window->height());
}

QImage RasterCacheTest::frame(bool cached)
{
    m_layer->setRasterCache(cached);
    QSignalSpy swapped(m_window, &QQuickWindow::frameSwapped);
    m_window->update();
    if (!swapped.wait(20000))
        return {};
    const qint64 before = CountryRenderNode::cachedFrames();
    QImage image = m_window->grabWindow().convertToFormat(QImage::Format_RGB32);
    if ((CountryRenderNode::cachedFrames() > before) != cached) // the grab drew as asked
        return {};
    return image;
}

QPoint RasterCacheTest::devicePixel(double lon, double lat) const
{
    return (m_layer->project(lon, lat) * m_dpr).toPoint();
}

// Colours frozen mid-fade: a one-second fade to 2025 stopped half-way by a new, hour-long
// one back to 2024 (which starts from the colours shown then).
void RasterCacheTest::transitionFrameSameBothWays()
{
    const QColor before = colorOf("KAZ");
    QVERIFY(!frame(true).isNull()); // the cache filled: the fade below only recomposes
    const qint64 rasterisations = CountryRenderNode::cacheRasterisations();
    const qint64 recoloured = CountryRenderNode::recolouredCountries();
    m_layer->setTransitionDuration(1000);
    m_controller->timeline()->setDate(QDate(2025, 12, 31));
    QTRY_VERIFY(m_layer->isAnimating());
    QTRY_VERIFY_WITH_TIMEOUT(channelDiff(colorOf("KAZ").rgb(), before.rgb()) > 20, 20000);
    m_layer->setTransitionDuration(3600 * 1000);
    m_controller->timeline()->setDate(QDate(2024, 12, 31));
    const QColor mid = colorOf("KAZ");
    QVERIFY2(m_layer->isAnimating() && channelDiff(mid.rgb(), before.rgb()) > 20, qPrintable(mid.name()));

    // Colour frames: drawn from the cache, never rasterised again; the fading countries (not
    // all of them) recomposed.
    const QImage cached = frame(true);
    QVERIFY(!cached.isNull());
    QCOMPARE(CountryRenderNode::cacheRasterisations(), rasterisations);
    QVERIFY(CountryRenderNode::recolouredCountries() > recoloured);
    const qint64 recolouredBefore = CountryRenderNode::recolouredCountries();
    QCOMPARE(frame(true).size(), cached.size());
    QVERIFY(CountryRenderNode::recolouredCountries() - recolouredBefore < m_layer->geometry()->countryCount / 2);
    const QImage direct = frame(false);
    QVERIFY(!direct.isNull());
    QCOMPARE(cached.size(), QSize(1920, 1080));
    QCOMPARE(direct.size(), cached.size());
    const QString reviewDir = qEnvironmentVariable("DIPLOMAP_REVIEW_DIR"); // both frames, to look at
    if (!reviewDir.isEmpty()) {
        cached.save(QStringLiteral("%1/raster-cached-dpr%2.png").arg(reviewDir).arg(m_dpr));
        direct.save(QStringLiteral("%1/raster-direct-dpr%2.png").arg(reviewDir).arg(m_dpr));
    }

    int differing = 0;
    for (int y = 0; y < cached.height(); ++y) {
        const QRgb *a = reinterpret_cast<const QRgb *>(cached.constScanLine(y));
        const QRgb *b = reinterpret_cast<const QRgb *>(direct.constScanLine(y));
        for (int x = 0; x < cached.width(); ++x)
            differing += channelDiff(a[x], b[x]) > 2 ? 1 : 0;
    }
    const double share = double(differing) / (cached.width() * cached.height());
    qInfo("%.3f%% of pixels differ by more than 2 in a channel", share * 100);
    QVERIFY2(share < 0.005, qPrintable(QString::number(share * 100)));

    // Mid-fade on both: Kazakhstan's label point shows the colour shown, not 2024's or 2025's.
    const QPoint kaz = devicePixel(67, 48);
    QVERIFY2(channelDiff(cached.pixel(kaz), colorOf("KAZ").rgb()) <= 2, qPrintable(QColor(cached.pixel(kaz)).name()));
    QVERIFY(channelDiff(direct.pixel(kaz), cached.pixel(kaz)) <= 2);

    // Crisp borders: down through the 49th parallel between the United States and Canada at
    // 100°W, fill, at most 3 pixels of border (0.6 px wide, antialiased), fill; the same both ways.
    const QPoint border = devicePixel(-100, 49);
    const QRgb usa = colorOf("USA").rgb(), canada = colorOf("CAN").rgb();
    int borderPixels = 0;
    for (int dy = -8; dy <= 8; ++dy) {
        const QPoint p = border + QPoint(0, dy);
        QVERIFY2(channelDiff(cached.pixel(p), direct.pixel(p)) <= 2, qPrintable(QString::number(dy)));
        borderPixels += channelDiff(cached.pixel(p), usa) > 8 && channelDiff(cached.pixel(p), canada) > 8 ? 1 : 0;
    }
    QVERIFY(channelDiff(cached.pixel(border + QPoint(0, -8)), canada) <= 2);
    QVERIFY(channelDiff(cached.pixel(border + QPoint(0, 8)), usa) <= 2);
    QVERIFY2(borderPixels >= 1 && borderPixels <= 3, qPrintable(QString::number(borderPixels)));
}

// A pan: the next frames show the new view, the cache filled again for it.
void RasterCacheTest::cacheFollowsTheCamera()
{
    m_layer->setTransitionDuration(0);
    m_controller->timeline()->setDate(QDate(2025, 12, 31));
    QTRY_VERIFY(!m_layer->isAnimating());
    const QPoint centre(960, 540);
    const QRgb kazakhstan = colorOf("KAZ").rgb();
    QVERIFY(channelDiff(frame(true).pixel(centre), kazakhstan) > 8); // the Sahara at (10°E, 15°N)
    const qint64 rasterisations = CountryRenderNode::cacheRasterisations();
    m_window->rootObject()->setProperty("center", QVariant::fromValue(QGeoCoordinate(48, 67)));
    const QImage panned = frame(true);
    QVERIFY(!panned.isNull());
    QCOMPARE(CountryRenderNode::cacheRasterisations(), rasterisations + 1);
    QVERIFY2(channelDiff(panned.pixel(centre), kazakhstan) <= 2, qPrintable(QColor(panned.pixel(centre)).name()));
}

// Three RGBA textures of the item's device pixels: reallocated when the window shrinks (and grows).
void RasterCacheTest::cacheFollowsTheSize()
{
    QVERIFY(!frame(true).isNull());
    QCOMPARE(RasterCache::allocatedBytes(), RasterCache::bytesFor(QSize(1920, 1080)));
    m_window->resize(QSize(960, 540) / m_dpr);
    QTRY_COMPARE(m_layer->width(), 960 / m_dpr);
    QVERIFY(!frame(true).isNull());
    QCOMPARE(RasterCache::allocatedBytes(), RasterCache::bytesFor(QSize(960, 540)));
    m_window->resize(QSize(1920, 1080) / m_dpr);
    QTRY_COMPARE(m_layer->width(), 1920 / m_dpr);
    QVERIFY(!frame(true).isNull());
    QCOMPARE(RasterCache::allocatedBytes(), RasterCache::bytesFor(QSize(1920, 1080)));
}

QTEST_MAIN(RasterCacheTest)
#include "tst_raster_cache.moc"
