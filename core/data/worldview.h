#pragma once
// Vietnam's worldview as applied to the boundary data (geodata/worldview.csv): which
// features or parts of features are shown as part of another country, and which
// supplementary file completes a coarse boundary file. Rules are data, not code.
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

struct WorldviewRule {
    enum class Action { Transfer, Complete };
    Action action = Action::Transfer;
    // Transfer: polygons of `from` (all, or those inside lonLatBox) become part of `to`.
    // Complete: when loading the file named `from`, also load the file `to` (next to the rules).
    QString from;
    QString to;
    QRectF lonLatBox;   // x = lon, y = lat, degrees; null = the whole feature
    QString labelVi;    // a named place (an archipelago) shown with a labelled marker
    QString labelEn;
    QString reason;
    int line = 0;
};

struct Worldview {
    QString fileName;
    QVector<WorldviewRule> rules;

    static Worldview load(const QString &path, QStringList *errors);
    // The supplementary file for a boundary file (by file name), or an empty string.
    QString completionFor(const QString &boundaryPath) const;
};
