// The registry's parts: each fully described language's profile, defined in its own file here.
//
// To describe a language: write languages/<code>.cpp defining its profile, declare it below,
// and let its line in registered_profiles() call it (the source file goes in CMakeLists.txt).
#pragma once

#include "search/analysis/language_profile.h"

namespace helpdex::analysis::languages {

// Every known language, in code order (registry.cpp). Called once by language_profiles().
std::vector<LanguageProfile> registered_profiles();

// The article elision of fr.cpp, which helpdex also applies to it and ca.
ElisionRule article_elision();

// The levels as the cue tables write them.
inline constexpr CueLevel kHigh = CueLevel::high;
inline constexpr CueLevel kUrgent = CueLevel::urgent;
inline constexpr CueLevel kCalm = CueLevel::calm;

LanguageProfile dutch();       // nl.cpp
LanguageProfile english();     // en.cpp
LanguageProfile french();      // fr.cpp
LanguageProfile german();      // de.cpp
LanguageProfile italian();     // it.cpp
LanguageProfile japanese();    // ja.cpp
LanguageProfile portuguese();  // pt.cpp
LanguageProfile spanish();     // es.cpp

}  // namespace helpdex::analysis::languages
