#include "storyfile.h"

#include "countrytable.h"
#include "filecheck.h"
#include "regions.h"
#include "tier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {

const QString kFormat = QStringLiteral("diplomap-story");
constexpr int kVersion = 1;

// Reads one JSON object's fields; the first problem wins and names the file, scene and field.
class Reader
{
public:
    Reader(const QString &fileName, const CountryTable *countries) : m_file(fileName), m_countries(countries) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void setScene(int index) { m_scene = index; }

    bool fail(const QString &field, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2field '%3': %4")
                          .arg(m_file, m_scene > 0 ? QStringLiteral("scene %1: ").arg(m_scene) : QString(), field, problem);
        return false;
    }
    bool onlyKnown(const QJsonObject &o, const QStringList &known, const QString &prefix = QString())
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                return fail(prefix + it.key(), QStringLiteral("unknown field (expected one of: %1)").arg(known.join(QStringLiteral(", "))));
        return true;
    }
    bool string(const QJsonObject &o, const QString &key, QString *out, const QString &prefix = QString())
    {
        if (!o.contains(key))
            return true;
        if (!o.value(key).isString())
            return fail(prefix + key, QStringLiteral("expected a string"));
        *out = o.value(key).toString();
        return true;
    }
    bool text(const QJsonObject &o, const QString &key, StoryText *out)
    {
        if (!o.contains(key))
            return true;
        if (!o.value(key).isObject())
            return fail(key, QStringLiteral("expected an object {\"vi\": …, \"en\": …}"));
        const QJsonObject t = o.value(key).toObject();
        const QString prefix = key + QLatin1Char('.');
        return onlyKnown(t, {"vi", "en"}, prefix) && string(t, "vi", &out->vi, prefix) && string(t, "en", &out->en, prefix);
    }
    bool date(const QJsonObject &o, const QString &key, QDate *out)
    {
        if (!o.contains(key))
            return true;
        const QString value = o.value(key).toString();
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        *out = QDate::fromString(value, Qt::ISODate);
        if (!o.value(key).isString() || !pattern.match(value).hasMatch() || !out->isValid())
            return fail(key, QStringLiteral("invalid date %1 (expected \"YYYY-MM-DD\")").arg(shown(o.value(key))));
        return true;
    }
    bool countryKey(const QString &field, const QString &key)
    {
        if (m_countries && !m_countries->byKey(key))
            return fail(field, QStringLiteral("unknown country key '%1'").arg(key));
        return true;
    }
    static QString shown(const QJsonValue &v)
    {
        if (v.isString())
            return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }

    bool camera(const QJsonObject &o, StoryCamera *out);
    bool scene(const QJsonObject &o, StoryScene *out);

private:
    QString m_file;
    const CountryTable *m_countries;
    int m_scene = 0;
    QString m_error;
};

bool Reader::camera(const QJsonObject &scene, StoryCamera *out)
{
    if (!scene.contains("camera"))
        return true;
    if (!scene.value("camera").isObject())
        return fail("camera", QStringLiteral("expected an object with one of region, box, countries"));
    const QJsonObject c = scene.value("camera").toObject();
    if (!onlyKnown(c, {"region", "box", "countries"}, "camera."))
        return false;
    if (c.size() != 1)
        return fail("camera", QStringLiteral("expected exactly one of region, box, countries"));
    if (c.contains("region")) {
        out->kind = StoryCamera::Kind::Region;
        if (!string(c, "region", &out->region, "camera."))
            return false;
        if (!Regions::find(out->region)) {
            QStringList names;
            for (const Region &r : Regions::all())
                names << r.name;
            return fail("camera.region", QStringLiteral("unknown region '%1' (expected one of: %2)").arg(out->region, names.join(", ")));
        }
        return true;
    }
    if (c.contains("box")) {
        out->kind = StoryCamera::Kind::Box;
        const QJsonArray a = c.value("box").toArray();
        bool numbers = c.value("box").isArray() && a.size() == 4;
        for (const QJsonValue &v : a)
            numbers = numbers && v.isDouble();
        const QString expected = QStringLiteral("expected [min lon, min lat, max lon, max lat], longitudes from -180 to 360, latitudes from -85 to 85");
        if (!numbers)
            return fail("camera.box", expected);
        const double x0 = a[0].toDouble(), y0 = a[1].toDouble(), x1 = a[2].toDouble(), y1 = a[3].toDouble();
        if (!(x0 >= -180 && x1 <= 360 && x0 < x1 && x1 - x0 <= 360 && y0 >= -85.06 && y1 <= 85.06 && y0 < y1))
            return fail("camera.box", QStringLiteral("%1 (got %2)").arg(expected, shown(c.value("box"))));
        out->lonLatBox = QRectF(QPointF(x0, y0), QPointF(x1, y1));
        return true;
    }
    out->kind = StoryCamera::Kind::Countries;
    const QJsonValue list = c.value("countries");
    if (!list.isArray() || list.toArray().isEmpty())
        return fail("camera.countries", QStringLiteral("expected a list of country keys"));
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isString())
            return fail("camera.countries", QStringLiteral("expected a list of country keys, got %1").arg(shown(v)));
        if (!countryKey("camera.countries", v.toString()))
            return false;
        out->countries << v.toString();
    }
    return true;
}

bool Reader::scene(const QJsonObject &o, StoryScene *out)
{
    if (!onlyKnown(o, {"date", "from", "duration", "camera", "select", "tier", "caption", "notes"}))
        return false;
    if (!o.contains("date"))
        return fail("date", QStringLiteral("missing"));
    if (!date(o, "date", &out->date) || !date(o, "from", &out->from))
        return false;
    if (o.contains("from") != o.contains("duration"))
        return fail(o.contains("from") ? "duration" : "from", QStringLiteral("'from' and 'duration' go together (an animation from a date to 'date')"));
    if (o.contains("duration")) {
        const QJsonValue d = o.value("duration");
        if (!d.isDouble() || d.toDouble() != std::floor(d.toDouble()) || d.toDouble() < 1 || d.toDouble() > StoryFile::kMaxDurationMs)
            return fail("duration", QStringLiteral("invalid duration %1 (expected milliseconds, 1 to %2)").arg(shown(d)).arg(StoryFile::kMaxDurationMs));
        out->durationMs = d.toInt();
        if (out->from >= out->date)
            return fail("from", QStringLiteral("%1 is not before 'date' %2").arg(out->from.toString(Qt::ISODate), out->date.toString(Qt::ISODate)));
    }
    if (!camera(o, &out->camera) || !string(o, "select", &out->selected) || !string(o, "tier", &out->tier))
        return false;
    if (!out->selected.isEmpty() && !countryKey("select", out->selected))
        return false;
    Tier tier;
    if (!out->tier.isEmpty() && !tierFromKey(out->tier, &tier))
        return fail("tier", QStringLiteral("unknown tier '%1' (expected special, csp, sp, cp, relations, none)").arg(out->tier));
    return text(o, "caption", &out->caption) && text(o, "notes", &out->notes);
}

QJsonObject textObject(const StoryText &t)
{
    return {{"vi", t.vi}, {"en", t.en}};
}

} // namespace

namespace StoryFile {

bool parse(const QByteArray &json, const QString &fileName, const CountryTable *countries, Story *story, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = before.count('\n') + 1;
        const int column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        *error = QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(parseError.errorString());
        return false;
    }
    Reader r(fileName, countries);
    if (!doc.isObject()) {
        r.fail("scenes", QStringLiteral("expected a JSON object with format, version, title, scenes"));
        *error = r.error();
        return false;
    }
    const QJsonObject root = doc.object();
    Story result;
    const bool header = r.onlyKnown(root, {"format", "version", "title", "scenes"})
        && (root.value("format").toString() == kFormat || r.fail("format", QStringLiteral("expected \"%1\"").arg(kFormat)))
        && (root.value("version") == QJsonValue(kVersion) || r.fail("version", QStringLiteral("expected %1").arg(kVersion)))
        && r.text(root, "title", &result.title);
    if (header) {
        const QJsonArray scenes = root.value("scenes").toArray();
        if (!root.value("scenes").isArray() || scenes.isEmpty())
            r.fail("scenes", QStringLiteral("expected a list of at least one scene"));
        for (int i = 0; i < scenes.size() && !r.failed(); ++i) {
            r.setScene(i + 1);
            StoryScene scene;
            if (!scenes[i].isObject())
                r.fail("scene", QStringLiteral("expected an object"));
            else if (r.scene(scenes[i].toObject(), &scene))
                result.scenes << scene;
        }
    }
    if (r.failed()) {
        *error = r.error();
        return false;
    }
    *story = result;
    return true;
}

bool load(const QString &path, const CountryTable *countries, Story *story, QString *error)
{
    QByteArray bytes;
    return FileCheck::readFile(path, kMaxBytes, &bytes, error) && parse(bytes, path, countries, story, error);
}

QByteArray toJson(const Story &story)
{
    QJsonArray scenes;
    for (const StoryScene &s : story.scenes) {
        QJsonObject o{{"date", s.date.toString(Qt::ISODate)}};
        if (s.from.isValid()) {
            o.insert("from", s.from.toString(Qt::ISODate));
            o.insert("duration", s.durationMs);
        }
        switch (s.camera.kind) {
        case StoryCamera::Kind::Region: o.insert("camera", QJsonObject{{"region", s.camera.region}}); break;
        case StoryCamera::Kind::Box: {
            const QRectF &b = s.camera.lonLatBox;
            o.insert("camera", QJsonObject{{"box", QJsonArray{b.left(), b.top(), b.right(), b.bottom()}}});
            break;
        }
        case StoryCamera::Kind::Countries: o.insert("camera", QJsonObject{{"countries", QJsonArray::fromStringList(s.camera.countries)}}); break;
        }
        if (!s.selected.isEmpty())
            o.insert("select", s.selected);
        if (!s.tier.isEmpty())
            o.insert("tier", s.tier);
        o.insert("caption", textObject(s.caption));
        o.insert("notes", textObject(s.notes));
        scenes << o;
    }
    const QJsonObject root{{"format", kFormat}, {"version", kVersion}, {"title", textObject(story.title)}, {"scenes", scenes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool save(const Story &story, const QString &path, QString *error)
{
    return FileCheck::writeFile(path, toJson(story), error);
}

} // namespace StoryFile
