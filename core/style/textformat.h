#pragma once
// Text and date formats shared by the screen, the exports and the command line, in the two
// languages diplomap speaks: Vietnamese ("vi", the default) and English ("en").
#include "relationdata.h"
#include "sourcetable.h"

#include <QDate>
#include <QString>

namespace textformat {

bool isSupportedLanguage(const QString &language); // "vi" or "en"
inline bool isEnglish(const QString &language) { return language == QLatin1String("en"); }
inline QString pick(const QString &language, const QString &vi, const QString &en) { return isEnglish(language) ? en : vi; }

// "7/10/2024" / "7 Oct 2024"
QString date(const QDate &date, const QString &language);
// A date with its precision: "7/10/2024", "tháng 6/2013", "năm 2007"; "Oct 2024", "2007" in English.
// A baseline (no date) reads `baseline`.
QString partialDate(const PartialDate &date, const QString &language, const QString &baseline = QString());
// For a list within one year: without the year ("7/10", "tháng 6"; "7 Oct", "Jun"), the year alone
// when only the year is known ("2007", in both languages).
QString shortDate(const PartialDate &date, const QString &language);

// A source as a reader sees it, never its id: "Báo Nhân Dân, “Title”, 7/10/2024" (no date when
// it has none).
QString source(const Source &source, const QString &language);
// The sources a `source` field cites (ids separated by ';'), each as source() gives it, in the
// cited order; an id the table lacks is left out.
QStringList sources(const SourceTable &table, const QString &field, const QString &language);

} // namespace textformat
