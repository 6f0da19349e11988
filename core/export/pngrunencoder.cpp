#include "pngrunencoder.h"

#include <algorithm>
#include <array>
#include <functional>
#include <queue>
#include <vector>

// Deflate as RFC 1951 specifies it (block format, length codes, dynamic Huffman header and
// canonical codes); the Huffman code lengths are limited by halving the counts until the
// longest code fits, a simple alternative to package-merge.

namespace {

constexpr quint32 kAdlerBase = 65521;
constexpr int kMaxMatch = 258;
constexpr int kLitSymbols = 286;
constexpr int kEndOfBlock = 256;

// Length symbols 257..285: base length and extra bits (RFC 1951, 3.2.5).
constexpr std::array<int, 29> kLengthBase{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                          35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> kLengthExtra{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                           3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};

struct LengthCode {
    quint16 symbol = 0;
    quint8 extraBits = 0;
    quint16 extraValue = 0;
};

const std::array<LengthCode, kMaxMatch + 1> &lengthCodes()
{
    static const auto table = [] {
        std::array<LengthCode, kMaxMatch + 1> t{};
        for (int i = 0; i < 29; ++i) {
            const int end = i + 1 < 29 ? kLengthBase[size_t(i) + 1] : kMaxMatch + 1;
            for (int len = kLengthBase[size_t(i)]; len < end; ++len)
                t[size_t(len)] = {quint16(257 + i), quint8(kLengthExtra[size_t(i)]), quint16(len - kLengthBase[size_t(i)])};
        }
        return t;
    }();
    return table;
}

// Huffman code lengths for the counts, none longer than `limit` bits, at least two symbols.
std::vector<quint8> codeLengths(std::vector<quint64> counts, int limit)
{
    const int n = int(counts.size());
    int used = int(std::count_if(counts.begin(), counts.end(), [](quint64 c) { return c > 0; }));
    for (int i = 0; used < 2 && i < n; ++i)
        if (!counts[size_t(i)]) {
            counts[size_t(i)] = 1;
            ++used;
        }
    for (;;) {
        using Node = std::pair<quint64, int>; // weight, index
        std::priority_queue<Node, std::vector<Node>, std::greater<Node>> heap;
        std::vector<int> parent, leaf(size_t(n), -1);
        for (int i = 0; i < n; ++i) {
            if (counts[size_t(i)]) {
                leaf[size_t(i)] = int(parent.size());
                heap.push({counts[size_t(i)], int(parent.size())});
                parent.push_back(-1);
            }
        }
        while (heap.size() > 1) {
            const Node a = heap.top();
            heap.pop();
            const Node b = heap.top();
            heap.pop();
            const int node = int(parent.size());
            parent.push_back(-1);
            parent[size_t(a.second)] = node;
            parent[size_t(b.second)] = node;
            heap.push({a.first + b.first, node});
        }
        std::vector<quint8> lengths(size_t(n), 0);
        int longest = 0;
        for (int i = 0; i < n; ++i) {
            int depth = 0;
            for (int p = leaf[size_t(i)]; p >= 0 && parent[size_t(p)] >= 0; p = parent[size_t(p)])
                ++depth;
            lengths[size_t(i)] = quint8(depth);
            longest = std::max(longest, depth);
        }
        if (longest <= limit)
            return lengths;
        for (quint64 &c : counts)
            c = c ? (c + 1) / 2 : 0; // flatter counts, shorter longest code; a used symbol stays used
    }
}

// Canonical codes for the lengths (RFC 1951, 3.2.2), bit-reversed: deflate writes a Huffman
// code from its most significant bit into a stream filled from the least significant.
std::vector<quint16> canonicalCodes(const std::vector<quint8> &lengths)
{
    std::array<int, 16> count{}, next{};
    for (const quint8 l : lengths)
        if (l)
            ++count[l];
    int code = 0;
    for (int bits = 1; bits < 16; ++bits) {
        code = (code + count[size_t(bits) - 1]) << 1;
        next[size_t(bits)] = code;
    }
    std::vector<quint16> codes(lengths.size(), 0);
    for (size_t i = 0; i < lengths.size(); ++i) {
        if (!lengths[i])
            continue;
        const int c = next[lengths[i]]++;
        int reversed = 0;
        for (int b = 0; b < lengths[i]; ++b)
            reversed |= ((c >> b) & 1) << (lengths[i] - 1 - b);
        codes[i] = quint16(reversed);
    }
    return codes;
}

class BitWriter
{
public:
    explicit BitWriter(QByteArray *out) : m_out(out) {}
    void put(quint32 bits, int count)
    {
        m_bits |= quint64(bits) << m_count;
        m_count += count;
        if (m_count >= 32) {
            const char bytes[4] = {char(m_bits), char(m_bits >> 8), char(m_bits >> 16), char(m_bits >> 24)};
            m_out->append(bytes, 4);
            m_bits >>= 32;
            m_count -= 32;
        }
    }
    void align()
    {
        for (; m_count > 0; m_count -= 8, m_bits >>= 8)
            m_out->append(char(m_bits));
        m_count = 0;
        m_bits = 0;
    }

private:
    QByteArray *m_out;
    quint64 m_bits = 0;
    int m_count = 0;
};

// Tokens of the filtered scanlines: a literal byte (0..255) or a distance-1 match of length
// L (256 + L), with the Adler-32 of the bytes they stand for.
class Tokenizer
{
public:
    std::vector<quint16> tokens;
    quint32 a = 1, b = 0;

    void literal(quint32 v)
    {
        flushZeros();
        tokens.push_back(quint16(v));
        a += v;
        if (a >= kAdlerBase)
            a -= kAdlerBase;
        b += a;
        if (b >= kAdlerBase)
            b -= kAdlerBase;
    }
    void zeros(qint64 n) { m_zeros += n; }
    void flushZeros()
    {
        if (!m_zeros)
            return;
        b = quint32((b + quint64(m_zeros) * a) % kAdlerBase); // zeros leave a as it is
        tokens.push_back(0);
        qint64 rest = m_zeros - 1;
        m_zeros = 0;
        for (; rest >= kMaxMatch; rest -= kMaxMatch)
            tokens.push_back(quint16(256 + kMaxMatch));
        if (rest >= 3)
            tokens.push_back(quint16(256 + rest));
        else
            tokens.insert(tokens.end(), size_t(rest), 0);
    }

private:
    qint64 m_zeros = 0;
};

} // namespace

PngSegment PngRunEncoder::encode(const QImage &band, int rows, bool last)
{
    PngSegment seg;
    const int w = band.width();
    seg.length = qint64(rows) * (1 + 3 * qint64(w));
    Tokenizer t;
    t.tokens.reserve(size_t(rows) * 64);
    for (int y = 0; y < rows; ++y) {
        const auto *p = reinterpret_cast<const quint32 *>(band.constScanLine(y));
        t.literal(1); // the row's filter: Sub, each byte minus the same byte of the pixel on its left
        quint32 prev = 0;
        for (int x = 0; x < w;) {
            const quint32 c = p[x] & 0xffffff;
            if (c == prev) {
                const int from = x;
                while (x < w && (p[x] & 0xffffff) == prev)
                    ++x;
                t.zeros(3 * qint64(x - from));
                continue;
            }
            for (const quint32 v : {((c >> 16) - (prev >> 16)) & 0xff, ((c >> 8) - (prev >> 8)) & 0xff, (c - prev) & 0xff}) {
                if (v)
                    t.literal(v);
                else
                    t.zeros(1);
            }
            prev = c;
            ++x;
        }
    }
    t.flushZeros();
    seg.adler = (t.b << 16) | t.a;

    const auto &lengthCode = lengthCodes();
    std::vector<quint64> litCounts(kLitSymbols, 0);
    for (const quint16 token : t.tokens)
        ++litCounts[token < 256 ? token : lengthCode[token - 256].symbol];
    litCounts[kEndOfBlock] = 1;
    const std::vector<quint8> litLengths = codeLengths(litCounts, 15);
    const std::vector<quint16> litCodes = canonicalCodes(litLengths);
    int litCount = kLitSymbols;
    while (litCount > 257 && !litLengths[size_t(litCount) - 1])
        --litCount;

    // Every match is at distance 1, distance symbol 0; a complete two-symbol distance code.
    std::vector<quint8> all(litLengths.begin(), litLengths.begin() + litCount);
    all.push_back(1);
    all.push_back(1);
    std::vector<std::pair<int, int>> lengthSymbols; // code-length symbol (0..18), extra bits' value
    for (size_t i = 0; i < all.size();) {
        if (all[i]) {
            lengthSymbols.push_back({all[i++], 0});
            continue;
        }
        size_t run = 0;
        while (i + run < all.size() && !all[i + run])
            ++run;
        i += run;
        for (; run >= 11; run -= std::min<size_t>(run, 138))
            lengthSymbols.push_back({18, int(std::min<size_t>(run, 138) - 11)});
        if (run >= 3)
            lengthSymbols.push_back({17, int(run - 3)});
        else
            lengthSymbols.insert(lengthSymbols.end(), run, {0, 0});
    }
    std::vector<quint64> clCounts(19, 0);
    for (const auto &s : lengthSymbols)
        ++clCounts[size_t(s.first)];
    const std::vector<quint8> clLengths = codeLengths(clCounts, 7);
    const std::vector<quint16> clCodes = canonicalCodes(clLengths);
    static constexpr std::array<int, 19> kOrder{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    int clCount = 19;
    while (clCount > 4 && !clLengths[size_t(kOrder[size_t(clCount) - 1])])
        --clCount;

    seg.deflated.reserve(int(std::min<size_t>(t.tokens.size() + 1024, size_t(1) << 30)));
    BitWriter out(&seg.deflated);
    out.put(last ? 1 : 0, 1);
    out.put(2, 2); // dynamic Huffman codes
    out.put(quint32(litCount - 257), 5);
    out.put(1, 5); // two distance codes
    out.put(quint32(clCount - 4), 4);
    for (int i = 0; i < clCount; ++i)
        out.put(clLengths[size_t(kOrder[size_t(i)])], 3);
    for (const auto &s : lengthSymbols) {
        out.put(clCodes[size_t(s.first)], clLengths[size_t(s.first)]);
        if (s.first == 17)
            out.put(quint32(s.second), 3);
        else if (s.first == 18)
            out.put(quint32(s.second), 7);
    }
    for (const quint16 token : t.tokens) {
        if (token < 256) {
            out.put(litCodes[token], litLengths[token]);
            continue;
        }
        const LengthCode &lc = lengthCode[token - 256];
        out.put(litCodes[lc.symbol], litLengths[lc.symbol]);
        out.put(lc.extraValue, lc.extraBits);
        out.put(0, 1); // distance symbol 0: distance 1
    }
    out.put(litCodes[kEndOfBlock], litLengths[kEndOfBlock]);
    if (!last) {
        out.put(0, 3); // an empty stored block, not final: the segment ends on a byte
        out.align();
        seg.deflated.append("\x00\x00\xff\xff", 4);
    } else {
        out.align();
    }
    return seg;
}
