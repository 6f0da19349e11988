#include "localization.h"

#include "textformat.h"

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
    {"legend", "Khuôn khổ quan hệ", "Relationship framework"},
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
    {"exportBare", "Chỉ bản đồ", "Map only"},
    {"exportFile", "Tệp", "File"},
    {"exportStart", "Xuất", "Export"},
    {"exportReplace", "Ghi đè", "Replace"},
    {"exportExists", "Đã có tệp này: xuất sẽ ghi đè lên tệp đó.", "This file exists: exporting replaces it."},
    {"cancel", "Hủy", "Cancel"},
    {"exporting", "Đang xuất…", "Exporting…"},
    {"exportSaved", "Đã lưu:", "Saved:"},
    {"exportFailed", "Không thể xuất: %1", "Export failed: %1"},
    {"exportCancelled", "Đã hủy xuất ảnh", "Export cancelled"},
    {"exportBadDate", "Ngày không hợp lệ '%1' (cần dạng YYYY-MM-DD)", "Invalid date '%1' (expected YYYY-MM-DD)"},
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
