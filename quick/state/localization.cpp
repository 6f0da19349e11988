#include "localization.h"

#include "checkedwrite.h"
#include "textformat.h"

#include <QHash>

namespace {

struct Entry {
    const char *id;
    const char *vi;
    const char *en;
};

// Vietnamese is the source language. Keep ids sorted by area, not alphabetically.
const Entry kStrings[] = {
    {"subtitle", "Các khuôn khổ quan hệ song phương", "Bilateral relationship frameworks"},
    {"partners", "đối tác", "partners"},
    {"partnersNote", "ĐTCLTD + ĐTCL + ĐTTD", "CSP + SP + CP"},
    {"relationsCount", "nước", "countries"},
    {"relationsNote", "có quan hệ ngoại giao", "with diplomatic relations"},
    {"legend", "Khuôn khổ quan hệ · số quốc gia", "Relationship framework · number of states"},
    {"hidden", "đã ẩn", "hidden"},
    {"changes", "Thay đổi trong năm", "Changes this year"},
    {"noChanges", "Không có thay đổi trong năm này", "No changes this year"},
    {"changesAbove", "▲ %1 thay đổi trước", "▲ %1 earlier"},
    {"changesBelow", "▼ %1 thay đổi sau", "▼ %1 later"},
    {"play", "Phát", "Play"},
    {"pause", "Tạm dừng", "Pause"},
    {"previousEvent", "Sự kiện trước", "Previous event"},
    {"nextEvent", "Sự kiện sau", "Next event"},
    {"allYears", "Mọi năm", "All years"},
    {"since", "Từ", "Since"},
    {"beforeRecords", "trước các mốc được ghi nhận", "before the recorded dates"},
    {"framework", "Khuôn khổ", "Framework"},
    {"notState", "Không phải quốc gia", "Not a state"},
    {"relationsSince", "Quan hệ ngoại giao từ %1", "Diplomatic relations since %1"},
    {"inheritedFrom", "Kế thừa từ %1", "Inherited from: %1"},
    {"heldBy_DRV", "Thiết lập với Việt Nam Dân chủ Cộng hòa", "Established with the Democratic Republic of Vietnam"},
    {"heldBy_PRG", "Thiết lập với Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam",
     "Established with the Provisional Revolutionary Government of the Republic of South Vietnam"},
    {"event_established", "Thiết lập quan hệ ngoại giao", "Diplomatic relations established"},
    {"event_confirmed", "Đã có quan hệ ngoại giao (chưa rõ ngày thiết lập)", "Diplomatic relations on record (establishment date not known)"},
    {"relationsBy", "Có quan hệ ngoại giao muộn nhất từ %1 (chưa rõ ngày thiết lập)",
     "Diplomatic relations by %1 at the latest (establishment date not known)"},
    {"event_broken", "Cắt đứt quan hệ ngoại giao", "Diplomatic relations broken off"},
    {"event_restored", "Khôi phục quan hệ ngoại giao", "Diplomatic relations restored"},
    {"event_succession", "Kế thừa quan hệ của %1", "Continues the relations of: %1"},
    {"history", "Lịch sử quan hệ", "History"},
    {"highlights", "Điểm nhấn", "Highlights"},
    {"sources", "Nguồn", "Sources"},
    {"close", "Đóng", "Close"},
    {"landmarkOf", "Lãnh thổ của %1", "Part of %1"},
    {"landmarkNote", "%1 là một phần lãnh thổ không thể tách rời của %2.", "%1 is an integral part of %2's territory."},
    {"dependencyOf", "Lãnh thổ phụ thuộc của", "Dependency of"},
    {"followsSovereign", "theo khuôn khổ của nước có chủ quyền", "follows its sovereign's framework"},
    {"labels", "Tên nước", "Names"},
    {"regions", "Khu vực", "Regions"},
    {"theme", "Giao diện", "Theme"},
    {"light", "Sáng", "Light"},
    {"dark", "Tối", "Dark"},
    {"language", "English", "Tiếng Việt"},
    {"fullscreen", "Toàn màn hình", "Full screen"},
    {"yearReview", "Năm %1 nhìn lại", "%1 in review"},
    {"yearReviewNone", "Chưa có điểm nhấn nào được ghi nhận cho năm %1.", "No highlights are recorded for %1."},
    {"yearReviewKey", "Phím Y", "Key Y"},
    {"hubTotalsOn", "Tính đến %1", "As of %1"},
    {"withRelations", "nước có quan hệ ngoại giao", "countries with diplomatic relations"},
    {"kind_summary", "Tổng kết", "Summary"},
    {"kind_visit", "Chuyến thăm", "Visit"},
    {"kind_event", "Sự kiện", "Event"},
    {"new", "Thiết lập", "New"},
    {"upgrade", "Nâng cấp", "Upgrade"},
    {"downgrade", "Hạ cấp", "Downgrade"},
    {"exportAction", "Xuất ảnh", "Export"},
    {"exportTitle", "Xuất bản đồ", "Export the map"},
    {"exportFormat", "Định dạng", "Format"},
    {"exportSize", "Kích thước", "Size"},
    {"exportCustom", "Tùy chỉnh", "Custom"},
    {"exportPixels", "điểm ảnh", "pixels"},
    {"exportDate", "Ngày", "Date"},
    {"exportDateHint", "YYYY-MM-DD", "YYYY-MM-DD"},
    {"exportLanguage", "Ngôn ngữ", "Language"},
    {"exportRegion", "Khu vực", "Region"},
    {"exportView", "Khung nhìn hiện tại", "Current view"},
    {"exportContent", "Nội dung", "Content"},
    {"exportComposed", "Đầy đủ (tiêu đề, chú giải)", "Composed (title, legend)"},
    {"exportChart", "Kèm biểu đồ lịch sử", "With the history chart"},
    {"exportBare", "Chỉ bản đồ", "Map only"},
    {"exportFile", "Tệp", "File"},
    {"exportStart", "Xuất", "Export"},
    {"exportReplace", "Ghi đè", "Replace"},
    {"exportExists", "Đã có tệp này: xuất sẽ ghi đè lên tệp đó.", "This file exists: exporting replaces it."},
    {"cancel", "Hủy", "Cancel"},
    {"exporting", "Đang xuất…", "Exporting…"},
    {"exportSaved", "Đã lưu:", "Saved:"},
    {"exportFailed", "Không thể xuất: %1", "Export failed: %1"},
    {"cannotWrite", "không ghi được '%1': %2", "cannot write '%1': %2"},
    {"exportCancelled", "Đã hủy xuất ảnh", "Export cancelled"},
    {"videoCancelled", "Đã hủy xuất video", "Video export cancelled"},
    {"story", "Câu chuyện", "Story"},
    {"storyFile", "Tệp câu chuyện", "Story file"},
    {"storyNew", "Mới", "New"},
    {"storyOpen", "Mở", "Open"},
    {"storySave", "Lưu", "Save"},
    {"storySaveAs", "Lưu thành", "Save as"},
    {"storyPlay", "Trình chiếu", "Present"},
    {"storyAddScene", "Thêm khung nhìn hiện tại", "Add the current view"},
    {"storyCaption", "Chú thích", "Caption"},
    {"storyNotes", "Ghi chú", "Notes"},
    {"storyAnimation", "Hiệu ứng (ms)", "Animation (ms)"},
    {"presenterConsole", "Màn hình người trình bày", "Presenter console"},
    {"nextScene", "Cảnh tiếp theo", "Next scene"},
    {"lastScene", "Cảnh cuối", "Last scene"},
    {"exportBadDate", "Ngày không hợp lệ '%1' (cần dạng YYYY-MM-DD)", "Invalid date '%1' (expected YYYY-MM-DD)"},
    {"exportPngSequence", "Chuỗi PNG", "PNG sequence"},
    {"exportTimeLeft", "còn khoảng %1", "about %1 left"},
    {"videoRange", "Khoảng ngày", "Dates"},
    {"videoTo", "đến", "to"},
    {"videoFps", "Khung hình/giây", "Frame rate"},
    {"videoPace", "Thời lượng", "Length"},
    {"videoDuration", "Số giây", "Seconds"},
    {"videoDaysPerSecond", "Số ngày mỗi giây", "Days per second"},
    {"videoHold", "Dừng hai đầu", "Hold at the ends"},
    {"videoOpenStory", "Câu chuyện đang mở", "The open story"},
    {"videoSource", "Phát", "Plays"},
    {"videoSceneHold", "Dừng mỗi cảnh", "Hold on each scene"},
    {"videoBadSceneHold", "Thời gian dừng không hợp lệ '%1' (cần lớn hơn 0, tối đa %2 giây)",
     "Invalid hold '%1' (expected more than 0 and at most %2 seconds)"},
    {"videoSeconds", "giây", "seconds"},
    {"videoLength", "Video dài %1 giây · %2 khung hình", "The video lasts %1 s · %2 frames"},
    {"videoBadRange", "Khoảng ngày không hợp lệ: %1 đến %2 (ngày cuối phải sau ngày đầu)",
     "Invalid range %1 to %2 (the end must come after the start)"},
    {"videoBadDuration", "Thời lượng không hợp lệ '%1' (cần số giây lớn hơn 0, tối đa %2)",
     "Invalid duration '%1' (expected seconds, more than 0 and at most %2)"},
    {"videoBadDaysPerSecond", "Số ngày mỗi giây không hợp lệ '%1' (video phải dài hơn 0 và tối đa %2 giây)",
     "Invalid days per second '%1' (the video must last more than 0 and at most %2 s)"},
    {"videoBadHold", "Thời gian dừng không hợp lệ '%1' (cần từ 0 đến %2 giây)", "Invalid hold '%1' (expected 0 to %2 seconds)"},
    {"searchHint", "Tìm nước: tên hoặc mã (Hàn Quốc, han quoc, UK, KOR)", "Find a country: name or code (Korea, UK, KOR)"},
    {"searchNone", "Không tìm thấy", "No match"},
    {"dataErrors", "Không thể tải dữ liệu bản đồ", "The map data could not be loaded"},
    {"dataErrorsHint", "Sửa các lỗi sau trong thư mục geodata/ rồi mở lại ứng dụng:",
     "Fix these problems in geodata/ and start the application again:"},
    {"dataErrorsDetails", "Chi tiết kỹ thuật (tiếng Anh, như trong tệp nhật ký):", "Details:"},
    {"dataErrorsDismiss", "Đóng thông báo (bản đồ sẽ trống)", "Dismiss (the map stays empty)"},
    {"reloadErrors", "Dữ liệu vừa sửa có lỗi", "The edited data has errors"},
    {"reloadErrorsHint", "Bản đồ vẫn hiển thị dữ liệu hợp lệ gần nhất. Sửa các lỗi sau trong thư mục geodata/; bản đồ tự cập nhật khi tệp được lưu:",
     "The map still shows the last valid data. Fix these problems in geodata/; the map updates when the files are saved:"},
    {"reloadErrorsDismiss", "Đóng thông báo (bản đồ giữ dữ liệu hợp lệ gần nhất)", "Dismiss (the map keeps the last valid data)"},
};

QVariantMap stringTable(const QString &language)
{
    QVariantMap map;
    for (const Entry &e : kStrings)
        map.insert(QString::fromLatin1(e.id), Localization::text(QString::fromLatin1(e.id), language));
    return map;
}

} // namespace

Localization::Localization(QObject *parent)
    : QObject(parent)
    , m_language(QStringLiteral("vi"))
    , m_strings(stringTable(m_language))
{
}

QStringList Localization::stringIds()
{
    QStringList ids;
    for (const Entry &e : kStrings)
        ids << QString::fromLatin1(e.id);
    return ids;
}

QString Localization::text(const QString &id, const QString &language)
{
    for (const Entry &e : kStrings)
        if (id == QLatin1String(e.id))
            return QString::fromUtf8(language == QLatin1String("en") ? e.en : e.vi);
    return QLatin1Char('[') + id + QLatin1Char(']');
}

void Localization::setLanguage(const QString &language)
{
    if (!textformat::isSupportedLanguage(language) || language == m_language)
        return;
    m_language = language;
    m_strings = tableFor(language);
    emit languageChanged();
}

void Localization::toggle()
{
    setLanguage(isEnglish() ? QStringLiteral("vi") : QStringLiteral("en"));
}

QString Localization::tierName(Tier tier) const
{
    return tier == Tier::Hub ? m_hub.name(m_language) : tiers::name(tier, m_language);
}

QString Localization::tierShortName(Tier tier) const
{
    return tier == Tier::Hub ? m_hub.name(m_language) : tiers::shortName(tier, m_language);
}

QVariantMap Localization::tableFor(const QString &language) const
{
    QVariantMap map = stringTable(language);
    map.insert(QStringLiteral("title"), m_hub.title(language));
    map.insert(QStringLiteral("hubName"), m_hub.name(language));
    return map;
}

void Localization::setHub(const HubProfile &hub)
{
    m_hub = hub;
    m_strings = tableFor(m_language);
    emit languageChanged();
}

QString Localization::formatShortDate(const PartialDate &date) const
{
    return textformat::shortDate(date, m_language);
}

QString Localization::formatDate(const QDate &date) const
{
    return textformat::date(date, m_language);
}

QString Localization::formatPartialDate(const PartialDate &date) const
{
    return textformat::partialDate(date, m_language, string(QStringLiteral("beforeRecords")));
}

QString Localization::exportError(const QString &message) const
{
    QString path, reason;
    if (isEnglish() || !CheckedWrite::splitCannotWrite(message, &path, &reason))
        return message;
    // The system's reasons a presenter meets (strerror, QFile, FFmpeg's own words for the same).
    static const QHash<QString, QString> reasons = {
        {QStringLiteral("No space left on device"), QStringLiteral("ổ đĩa đã đầy")},
        {QStringLiteral("Disk quota exceeded"), QStringLiteral("đã hết hạn mức dung lượng")},
        {QStringLiteral("Permission denied"), QStringLiteral("không có quyền ghi vào đây")},
        {QStringLiteral("Read-only file system"), QStringLiteral("ổ đĩa chỉ cho phép đọc")},
        {QStringLiteral("No such file or directory"), QStringLiteral("thư mục không tồn tại")},
        {QStringLiteral("Is a directory"), QStringLiteral("đây là một thư mục")},
        {QStringLiteral("File too large"), QStringLiteral("tệp quá lớn")},
        {QStringLiteral("nothing was written"), QStringLiteral("không có gì được ghi")},
    };
    return string(QStringLiteral("cannotWrite")).arg(path, reasons.value(reason, reason));
}
