// LIBLINEAR behind a small interface: problem layout, model ownership, seeding.
#include "search/classifier/linear_training.h"

#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

#include <linear.h>

namespace helpdex::classifier {

namespace {

void silent(const char*) {}

// LIBLINEAR's view of a set of vectors: 1-based feature indexes, a bias node, -1 end.
struct LinearProblem {
    std::vector<std::vector<feature_node>> rows;
    std::vector<feature_node*> row_pointers;
    std::vector<double> labels;
    problem data{};

    LinearProblem(const std::vector<const SparseVector*>& vectors, const std::vector<int>& classes, size_t features) {
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
        labels.assign(classes.begin(), classes.end());
        data.l = static_cast<int>(rows.size());
        data.n = static_cast<int>(features) + 1;
        data.y = labels.data();
        data.x = row_pointers.data();
        data.bias = 1.0;
    }
};

// LIBLINEAR's model, freed however training ends.
struct ModelDeleter {
    void operator()(model* trained) const { free_and_destroy_model(&trained); }
};
using ModelPtr = std::unique_ptr<model, ModelDeleter>;

// LIBLINEAR keeps process-wide state: its solvers shuffle the examples with the C library's
// one global rand() (liblinear.so.4 imports rand; solve_l2r_lr_dual calls it), and its print
// function is a library global. Two trainings running at once would draw from each other's
// random stream and learn different models. A session holds the one lock every training
// takes, so trainings in a process run one at a time, each from srand(1): the same examples
// always give the same model. (Other code calling rand() meanwhile would still disturb it;
// helpdex has none.)
class SeededLinearSession {
public:
    SeededLinearSession() : lock_(training_mutex()) {
        set_print_string_function(silent);
        std::srand(1);
    }

    ModelPtr train(const problem& data, const parameter& param) const {
        if (const char* error = check_parameter(&data, &param)) throw std::runtime_error(std::string("LIBLINEAR: ") + error);
        ModelPtr trained(::train(&data, &param));
        if (!trained) throw std::runtime_error("LIBLINEAR: training returned no model");
        return trained;
    }

private:
    static std::mutex& training_mutex() {
        static std::mutex mutex;
        return mutex;
    }

    std::lock_guard<std::mutex> lock_;
};

}  // namespace

// One-vs-rest L2-regularised logistic regression (dual solver: fast on sparse text).
LinearWeights train_linear(const std::vector<const SparseVector*>& vectors, const std::vector<int>& classes,
                           size_t features, size_t labels, double c) {
    LinearProblem problem_data(vectors, classes, features);
    parameter param{};
    param.solver_type = L2R_LR_DUAL;
    param.eps = 0.1;
    param.C = c;
    const ModelPtr trained = SeededLinearSession().train(problem_data.data, param);
    LinearWeights out;
    out.weights.assign(features * labels, 0.0f);
    out.bias.assign(labels, 0.0f);
    // LIBLINEAR orders classes by first appearance; map them back to our label numbers.
    std::vector<int> order(static_cast<size_t>(trained->nr_class));
    get_labels(trained.get(), order.data());
    for (int k = 0; k < trained->nr_class; ++k) {
        const size_t label = static_cast<size_t>(order[static_cast<size_t>(k)]);
        for (size_t f = 0; f < features; ++f) {
            out.weights[f * labels + label] = static_cast<float>(get_decfun_coef(trained.get(), static_cast<int>(f) + 1, k));
        }
        out.bias[label] = static_cast<float>(get_decfun_bias(trained.get(), k));
    }
    return out;
}

}  // namespace helpdex::classifier
