#include "rank.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Aktenwerk::Dms::Search {

namespace {

/** What a query's rows share: computed at its first row, kept as the query's auxiliary data. */
struct RankData
{
    std::vector<double> weights; // per column
    std::vector<double> idf;     // per phrase, from the caller's hit counts and this table's rows
    double averageLength = 1;
    std::vector<double> freq;    // scratch: per phrase, for the current row
};

void deleteRankData(void *p)
{
    delete static_cast<RankData *>(p);
}

void akrank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    if (!data) {
        if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
            sqlite3_result_error(ctx, "akrank: one blob argument expected", -1);
            return;
        }
        const int columns = api->xColumnCount(fts);
        const int phrases = api->xPhraseCount(fts);
        const int bytes = sqlite3_value_bytes(argv[0]);
        const auto *values = static_cast<const double *>(sqlite3_value_blob(argv[0]));
        const int count = bytes / static_cast<int>(sizeof(double));
        if (count != columns + 2 * phrases) {
            sqlite3_result_error(ctx, "akrank: weights and two numbers per phrase expected", -1);
            return;
        }
        auto fresh = std::make_unique<RankData>();
        fresh->weights.assign(values, values + columns);
        sqlite3_int64 rows = 0, tokens = 0;
        if (api->xRowCount(fts, &rows) == SQLITE_OK && api->xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK && rows > 0)
            fresh->averageLength = static_cast<double>(tokens) / static_cast<double>(rows);
        const auto n = static_cast<double>(std::max<sqlite3_int64>(rows, 1));
        for (int p = 0; p < phrases; ++p) {
            // (hits, 0): counted; (hits, span): that many hits among the newest `span` rowids.
            const double hits = values[columns + 2 * p], span = values[columns + 2 * p + 1];
            const double estimated = span > 0 ? std::min(n, hits * n / span) : std::min(n, hits);
            fresh->idf.push_back(inverseDocumentFrequency(n, estimated));
        }
        fresh->freq.assign(static_cast<size_t>(phrases), 0.0);
        data = fresh.get();
        if (api->xSetAuxdata(fts, fresh.release(), deleteRankData) != SQLITE_OK) {
            sqlite3_result_error_nomem(ctx);
            return;
        }
    }
    std::fill(data->freq.begin(), data->freq.end(), 0.0);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(ctx, "akrank: no phrase instances", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase >= 0
            && phrase < static_cast<int>(data->freq.size()) && column >= 0 && column < static_cast<int>(data->weights.size()))
            data->freq[static_cast<size_t>(phrase)] += data->weights[static_cast<size_t>(column)];
    }
    int length = 0;
    api->xColumnSize(fts, -1, &length);
    constexpr double k1 = 1.2, b = 0.75;
    const double norm = k1 * (1 - b + b * static_cast<double>(length) / data->averageLength);
    double score = 0;
    for (size_t p = 0; p < data->freq.size(); ++p) {
        const double f = data->freq[p];
        score += data->idf[p] * f * (k1 + 1) / (f + norm);
    }
    sqlite3_result_double(ctx, -score);
}

fts5_api *fts5(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api;
}

} // namespace

bool registerRank(sqlite3 *db)
{
    fts5_api *api = fts5(db);
    return api && api->xCreateFunction(api, "akrank", nullptr, akrank, nullptr) == SQLITE_OK;
}

QByteArray rankArgument(const QList<double> &weights, const QList<PhraseHits> &phrases)
{
    QByteArray blob;
    auto add = [&blob](double v) { blob.append(reinterpret_cast<const char *>(&v), sizeof v); };
    for (const double w : weights)
        add(w);
    for (const PhraseHits &p : phrases) {
        add(p.hits);
        add(p.span);
    }
    return blob;
}

double inverseDocumentFrequency(double rows, double hits)
{
    const double idf = std::log((rows - hits + 0.5) / (hits + 0.5));
    return idf > 1e-6 ? idf : 1e-6;
}

} // namespace Aktenwerk::Dms::Search
