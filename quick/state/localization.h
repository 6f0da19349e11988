#pragma once
// The UI language: every string the presenter map shows, in Vietnamese (the default and
// the source language) and English, from one C++ table. QML binds `Localization.strings.key`,
// which re-evaluates when the language changes.
#include "hubprofile.h"
#include "relationdata.h"
#include "sourcetable.h"

#include <QDate>
#include <QObject>
#include <QVariantMap>

class Localization : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool english READ isEnglish NOTIFY languageChanged)
    Q_PROPERTY(QVariantMap strings READ strings NOTIFY languageChanged)

public:
    explicit Localization(QObject *parent = nullptr);

    static QStringList stringIds();                   // every id of the table
    // The string in the given language; an unknown id reads "[id]" so that it shows on screen.
    static QString text(const QString &id, const QString &language);

    QString language() const { return m_language; }
    void setLanguage(const QString &language); // ignores unsupported values
    bool isEnglish() const { return m_language == QLatin1String("en"); }
    QVariantMap strings() const { return m_strings; }

    Q_INVOKABLE void toggle();
    Q_INVOKABLE QString string(const QString &id) const { return text(id, m_language); }

    // The hub's name and the map's title come from its profile.
    void setHub(const HubProfile &hub);
    QString hubName() const { return m_hub.name(m_language); }

    QString tierName(Tier tier) const;
    QString tierShortName(Tier tier) const; // "ĐTCLTD" / "CSP"
    QString name(const QString &vi, const QString &en) const { return isEnglish() ? en : vi; }
    // "7/10/2024" / "7 Oct 2024"
    QString formatDate(const QDate &date) const;
    // A date with its precision: "7/10/2024", "tháng 6/2013", "năm 2007"; "Oct 2024", "2007" in English.
    QString formatPartialDate(const PartialDate &date) const;
    // Without the year, for a list within one year: "7/10", "tháng 6"; "7 Oct", "Jun".
    QString formatShortDate(const PartialDate &date) const;
    // A source as a reader sees it, never its id: "publisher, “title”, 7/10/2024" (no date when undated).
    // An export's error as the core gives it (English), in the UI language: a failed write
    // ("cannot write 'PATH': REASON", core/export/checkedwrite.h) and its common reasons are
    // translated; any other message is left as it is.
    QString exportError(const QString &message) const;

signals:
    void languageChanged();

private:
    QVariantMap tableFor(const QString &language) const;

    HubProfile m_hub;
    QString m_language;
    QVariantMap m_strings;
};
