// The text size setting (issue 13): steps from 1 to 2, a larger default when presenting full
// screen, the viewer's choice announced for saving; the overlay placer scales text, dots and
// landmarks by it but keeps which states are tiny; the command line's --text-scale.
#include "appoptions.h"
#include "countrycolors.h"
#include "dataset.h"
#include "diplomapqml.h"
#include "maptheme.h"
#include "overlayplacer.h"

#include <QSignalSpy>
#include <QtTest>

class TestTextScale : public QObject
{
    Q_OBJECT

private slots:
    void stepsAndDefaults()
    {
        MapTheme theme;
        QCOMPARE(theme.textScale(), 1.0);
        QSignalSpy changed(&theme, &MapTheme::textScaleChanged);
        QSignalSpy chosen(&theme, &MapTheme::textScaleChosen);
        theme.setPresenting(true); // full screen, nothing chosen
        QCOMPARE(theme.textScale(), 1.25);
        QCOMPARE(changed.count(), 1);
        theme.largerText();
        QCOMPARE(theme.textScale(), 1.5);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.last().first().toDouble(), 1.5);
        for (int i = 0; i < 4; ++i)
            theme.largerText();
        QCOMPARE(theme.textScale(), 2.0); // the largest step: twice the 1080p sizes
        QCOMPARE(chosen.count(), 3);
        theme.smallerText();
        QCOMPARE(theme.textScale(), 1.75);
        theme.setPresenting(false); // a choice holds in a window too
        QCOMPARE(theme.textScale(), 1.75);
        for (int i = 0; i < 5; ++i)
            theme.smallerText();
        QCOMPARE(theme.textScale(), 1.0);
        theme.setChosenTextScale(2.5); // out of range: ignored
        QCOMPARE(theme.textScale(), 1.0);
        theme.setChosenTextScale(0); // nothing chosen: the default again
        theme.setPresenting(true);
        QCOMPARE(theme.textScale(), 1.25);
        QCOMPARE(theme.chosenTextScale(), 0.0);
    }

    void placerScalesTextNotTheTinyRule()
    {
        QVERIFY(DiplomapQml::loadFonts());
        const DataSet data = DataSet::load(DataPaths::defaults());
        QVERIFY(data.errors.isEmpty());
        OverlayInput in;
        in.boundaries = &data.boundaries;
        for (const Country &c : data.boundaries.countries)
            in.tiers << data.timeline.tierAt(c.key, QDate(2025, 12, 31));
        in.style = MapStyle::forTheme(MapStyle::Theme::Light, data.hub);
        in.fills = countrycolors::fills(data.boundaries, in.tiers, in.style, {});
        in.hubKey = data.hub.key;
        in.hubName = data.hub.nameVi;
        in.camera = MapCamera::fromZoom(105, 15, 3.5, QSizeF(1400, 900));
        const Overlays normal = overlays::place(in);
        in.textScale = 2;
        const Overlays large = overlays::place(in);

        QCOMPARE(large.dots.size(), normal.dots.size()); // the same tiny states
        for (int i = 0; i < large.dots.size(); ++i) {
            QCOMPARE(large.dots[i].country, normal.dots[i].country);
            QCOMPARE(large.dots[i].diameter, 2 * normal.dots[i].diameter);
        }
        QVERIFY(!large.labels.isEmpty());
        for (const PlacedLabel &l : large.labels)
            QCOMPARE(l.pixelSize, 2 * (l.hub ? MapStyle::kHubLabelPx : MapStyle::kLabelPx));
        QVERIFY2(large.labels.size() < normal.labels.size(), "larger names: fewer fit");
        for (int i = 0; i < large.labels.size(); ++i)
            for (int j = i + 1; j < large.labels.size(); ++j)
                QVERIFY(!large.labels[i].box.intersects(large.labels[j].box));
        QCOMPARE(large.landmarks.size(), normal.landmarks.size());
        QCOMPARE(large.landmarks.first().textBox.height(), 2 * normal.landmarks.first().textBox.height());
    }

    void commandLine()
    {
        QCOMPARE(AppOptions::parse({"--text-scale", "1.5"}).textScale, 1.5);
        QCOMPARE(AppOptions::parse({"--text-scale", "2"}).textScale, 2.0);
        QCOMPARE(AppOptions::parse({}).textScale, 0.0); // the saved setting, else the default
        for (const QString &bad : {"0.9", "2.01", "big", "nan", "1,5", ""})
            QCOMPARE(AppOptions::parse({"--text-scale", bad}).error,
                     QString("invalid text scale '%1' (expected a number from 1.0 to 2.0)").arg(bad));
    }
};

QTEST_MAIN(TestTextScale)
#include "tst_textscale.moc"
