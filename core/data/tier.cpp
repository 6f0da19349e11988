#include "tier.h"

namespace {

// Colours follow viridis: perceptually ordered, distinguishable with deuteranopia, protanopia
// and tritanopia, and monotonic in lightness so greyscale print keeps the order
// (scripts/check-palette.py). The dark theme's Special is lighter: #440154 vanishes on the dark ocean.
const TierTraits kTiers[] = {
    // tier          key          partner related optional labelled bold rank light      dark       short vi        short en     name vi                          name en
    {Tier::None,      "none",      false, false, false, false, false, 9, "#bfc3c8", "#262d38", "Chưa có QHNG", "None",      "Chưa có quan hệ ngoại giao",   "No diplomatic relations"},
    // Relations whose start the sources do not give: neither a tier nor "none" (docs/DATA.md).
    {Tier::Unknown,   "unknown",   false, false, true,  false, false, 9, "#a09070", "#684020", "Chưa rõ",      "Unknown",   "Chưa rõ thời điểm lập quan hệ", "Start of relations unknown"},
    {Tier::Relations, "relations", false, true,  false, false, false, 9, "#e9e4d4", "#4b5563", "QHNG",         "Relations", "Có quan hệ ngoại giao",        "Diplomatic relations"},
    {Tier::CP,        "cp",        true,  true,  false, true,  false, 4, "#5ec962", "#5ec962", "ĐTTD",         "CP",        "Đối tác toàn diện",            "Comprehensive Partnership"},
    {Tier::SP,        "sp",        true,  true,  false, true,  false, 3, "#21918c", "#21918c", "ĐTCL",         "SP",        "Đối tác chiến lược",           "Strategic Partnership"},
    {Tier::CSP,       "csp",       true,  true,  false, true,  true,  1, "#3b528b", "#3b528b", "ĐTCLTD",       "CSP",       "Đối tác chiến lược toàn diện", "Comprehensive Strategic Partnership"},
    {Tier::Special,   "special",   false, true,  false, true,  false, 2, "#440154", "#9d4edd", "QHĐB",         "Special",   "Quan hệ đặc biệt",             "Special relationship"},
    {Tier::Hub,       "hub",       false, false, false, true,  true,  0, "",        "",        "",             "",          "",                             ""},
};

} // namespace

namespace tiers {

const TierTraits &traits(Tier tier) { return kTiers[int(tier)]; }

const QVector<Tier> &legendOrder()
{
    static const QVector<Tier> order = {Tier::Hub, Tier::Special, Tier::CSP, Tier::SP, Tier::CP, Tier::Relations, Tier::Unknown, Tier::None};
    return order;
}

const QVector<Tier> &stateTiers()
{
    static const QVector<Tier> order = [] {
        QVector<Tier> tiers = legendOrder();
        tiers.removeAll(Tier::Hub);
        return tiers;
    }();
    return order;
}

const QVector<Tier> &dataTiers()
{
    static const QVector<Tier> order = [] {
        QVector<Tier> tiers = stateTiers();
        tiers.removeAll(Tier::Unknown);
        return tiers;
    }();
    return order;
}

bool isPartner(Tier tier) { return traits(tier).partner; }

bool hasRelations(Tier tier) { return traits(tier).related; }

QColor color(Tier tier, bool dark)
{
    const char *c = dark ? traits(tier).dark : traits(tier).light;
    return *c ? QColor(QLatin1String(c)) : QColor();
}

QString name(Tier tier, const QString &language)
{
    return QString::fromUtf8(language == QLatin1String("en") ? traits(tier).nameEn : traits(tier).nameVi);
}

QString shortName(Tier tier, const QString &language)
{
    return QString::fromUtf8(language == QLatin1String("en") ? traits(tier).shortEn : traits(tier).shortVi);
}

} // namespace tiers

QString tierKey(Tier tier) { return QString::fromLatin1(tiers::traits(tier).key); }

bool tierFromKey(const QString &key, Tier *tier, bool hub)
{
    for (const TierTraits &t : kTiers) {
        if (key == QLatin1String(t.key) && (hub || t.tier != Tier::Hub)) {
            *tier = t.tier;
            return true;
        }
    }
    return false;
}
