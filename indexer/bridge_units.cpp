// Aligned units of translated articles.
#include "indexer/bridge_units.h"

#include <unordered_map>

namespace helpdex::indexer {

namespace {

std::vector<std::string> content_terms(analysis::Analyzer& analyzer, const std::string& text, const std::string& lang) {
    std::vector<std::string> terms;
    for (const auto& word : analyzer.analyze(text, lang)) {
        if (!word.stopword) terms.push_back(word.term);
    }
    return terms;
}

// The body's "## " sections, in order (the text before the first heading is one too).
std::vector<std::string> sections_of(const std::string& markdown) {
    std::vector<std::string> sections(1);
    size_t start = 0;
    while (start < markdown.size()) {
        size_t end = markdown.find('\n', start);
        if (end == std::string::npos) end = markdown.size();
        const std::string_view line(markdown.data() + start, end - start);
        if (line.starts_with("## ")) sections.emplace_back();
        sections.back().append(line).append(1, '\n');
        start = end + 1;
    }
    return sections;
}

// Each item as a unit, and (`as_whole`) the list as one: tags and symptoms are often
// translated in another order or number.
void add_list(const KbDocument& d, const std::string& name, const std::vector<std::string>& items, bool as_whole,
              analysis::Analyzer& analyzer, bridge::AlignedUnits& units) {
    if (items.empty()) return;
    const std::string prefix = d.group() + "#" + name + "#" + std::to_string(items.size()) + "#";
    std::vector<std::string> all;
    for (size_t i = 0; i < items.size(); ++i) {
        auto terms = content_terms(analyzer, items[i], d.lang);
        units.add(prefix + std::to_string(i), d.lang, terms);
        all.insert(all.end(), terms.begin(), terms.end());
    }
    if (as_whole) units.add(d.group() + "#" + name, d.lang, all);
}

}  // namespace

std::unordered_set<std::string> translated_groups(const std::vector<CatalogEntry>& catalog) {
    std::unordered_map<std::string, size_t> members;
    for (const CatalogEntry& entry : catalog) {
        if (entry.status == "published") ++members[entry.group];
    }
    std::unordered_set<std::string> groups;
    for (const auto& [group, count] : members) {
        if (count > 1) groups.insert(group);
    }
    return groups;
}

GroupLanguages group_languages(const std::vector<CatalogEntry>& catalog) {
    GroupLanguages languages;
    for (const CatalogEntry& entry : catalog) {
        if (entry.status != "published") continue;
        languages.of_group[entry.group].insert(entry.lang);
        languages.all.insert(entry.lang);
    }
    return languages;
}

std::vector<std::string> GroupLanguages::missing_in(const std::string& group) const {
    std::vector<std::string> missing;
    const auto it = of_group.find(group);
    for (const auto& lang : all) {
        if (it == of_group.end() || !it->second.contains(lang)) missing.push_back(lang);
    }
    return missing;
}

void add_aligned_units(const KbDocument& d, analysis::Analyzer& analyzer, bridge::AlignedUnits& units) {
    units.add(d.group() + "#title", d.lang, content_terms(analyzer, d.title, d.lang));
    add_list(d, "tags", d.tags, true, analyzer, units);
    add_list(d, "symptoms", d.symptoms, true, analyzer, units);
    add_list(d, "steps", d.steps, false, analyzer, units);
    add_list(d, "sections", sections_of(d.body_markdown), false, analyzer, units);
}

}  // namespace helpdex::indexer
