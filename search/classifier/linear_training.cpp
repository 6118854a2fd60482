// LIBLINEAR behind a small interface: problem layout, one binary problem per label, threads.
#include "search/classifier/linear_training.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

#include <linear.h>

namespace {

// LIBLINEAR's dual solvers shuffle the examples with the C library's rand(): one stream for
// the whole process, so labels trained on several threads at once would draw from each
// other's stream and learn different models from run to run. This definition takes rand()'s
// place in the process (the dynamic linker binds liblinear's import to the executable's
// definition, as it does for malloc) and gives every thread its own stream, which each
// label's training reseeds: the same examples give the same weights on any thread count.
thread_local uint64_t rand_state = 1;

}  // namespace

extern "C" int rand() noexcept {
    // splitmix64, kept to rand()'s range [0, RAND_MAX].
    uint64_t z = (rand_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return static_cast<int>((z ^ (z >> 31)) & 0x7FFFFFFF);
}

namespace helpdex::classifier {

namespace {

void silent(const char*) {}

// The examples in LIBLINEAR's layout: 1-based feature indexes, a bias node, a −1 end. Every
// label's binary problem reads these same rows; only the targets differ.
struct SharedRows {
    std::vector<std::vector<feature_node>> rows;
    std::vector<feature_node*> row_pointers;

    SharedRows(const std::vector<const SparseVector*>& vectors, size_t features) {
        rows.reserve(vectors.size());
        for (const SparseVector* vector : vectors) {
            std::vector<feature_node> row;
            row.reserve(vector->size() + 2);
            for (const auto& entry : *vector) row.push_back({static_cast<int>(entry.index) + 1, entry.value});
            row.push_back({static_cast<int>(features) + 1, 1.0});  // bias
            row.push_back({-1, 0.0});
            rows.push_back(std::move(row));
        }
        for (auto& row : rows) row_pointers.push_back(row.data());
    }
};

// LIBLINEAR's model, freed however training ends.
struct ModelDeleter {
    void operator()(model* trained) const { free_and_destroy_model(&trained); }
};
using ModelPtr = std::unique_ptr<model, ModelDeleter>;

// Label `label` against the rest (dual solver: fast on sparse text): its weights (features
// + bias) into its column of `out`.
void train_one_label(const SharedRows& shared, const std::vector<int>& classes, int label, size_t features,
                     size_t labels, double c, LinearWeights& out) {
    std::vector<double> targets(classes.size());
    for (size_t i = 0; i < classes.size(); ++i) targets[i] = classes[i] == label ? 1.0 : -1.0;
    problem data{};
    data.l = static_cast<int>(targets.size());
    data.n = static_cast<int>(features) + 1;
    data.y = targets.data();
    data.x = const_cast<feature_node**>(shared.row_pointers.data());  // LIBLINEAR only reads them
    data.bias = 1.0;
    parameter param{};
    param.solver_type = L2R_LR_DUAL;
    param.eps = 0.1;
    param.C = c;
    if (const char* error = check_parameter(&data, &param)) throw std::runtime_error(std::string("LIBLINEAR: ") + error);
    rand_state = 1;  // this label's shuffles, whichever thread trains it
    ModelPtr trained(::train(&data, &param));
    if (!trained) throw std::runtime_error("LIBLINEAR: training returned no model");
    // A binary model's weights score its first label (LIBLINEAR orders labels by appearance).
    int order[2] = {1, -1};
    get_labels(trained.get(), order);
    const int positive = order[0] == 1 ? 0 : 1;
    const size_t k = static_cast<size_t>(label);
    for (size_t f = 0; f < features; ++f) {
        out.weights[f * labels + k] = static_cast<float>(get_decfun_coef(trained.get(), static_cast<int>(f) + 1, positive));
    }
    out.bias[k] = static_cast<float>(get_decfun_bias(trained.get(), positive));
}

// Runs task(0 … count−1) on up to `threads` threads; rethrows the first failure.
template <typename Task>
void run_parallel(size_t count, unsigned threads, const Task& task) {
    std::atomic<size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto worker = [&] {
        for (size_t i = next++; i < count; i = next++) {
            try {
                task(i);
            } catch (...) {
                const std::lock_guard<std::mutex> lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next = count;
            }
        }
    };
    std::vector<std::thread> pool;
    const size_t wanted = std::min<size_t>(std::max(threads, 1u), std::max<size_t>(count, 1));
    for (size_t t = 1; t < wanted; ++t) pool.emplace_back(worker);
    worker();
    for (auto& thread : pool) thread.join();
    if (failure) std::rethrow_exception(failure);
}

unsigned default_threads() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

}  // namespace

LinearWeights train_linear(const std::vector<const SparseVector*>& vectors, const std::vector<int>& classes,
                           size_t features, size_t labels, double c, unsigned threads) {
    if (vectors.size() != classes.size()) throw std::invalid_argument("train_linear: one class per vector");
    set_print_string_function(silent);  // a library global, the same for every training
    const SharedRows shared(vectors, features);
    LinearWeights out;
    out.weights.assign(features * labels, 0.0f);
    out.bias.assign(labels, 0.0f);
    // Each label writes only its own column of `out`: the threads share nothing mutable.
    run_parallel(labels, threads == 0 ? default_threads() : threads, [&](size_t label) {
        train_one_label(shared, classes, static_cast<int>(label), features, labels, c, out);
    });
    return out;
}

}  // namespace helpdex::classifier
