// Word lists and word tests shared by the passes of FindMentions
// (mentions.h): which capitalised words may be names, which quantities
// open a phrase. Internal to src/coder.
#ifndef KHALDUN_SRC_CODER_MENTION_WORDS_H_
#define KHALDUN_SRC_CODER_MENTION_WORDS_H_

#include <array>
#include <string_view>

#include "khaldun/document.h"

namespace khaldun::internal {

// Capitalised words that are not names: sentence-initial function words, days
// and months ("In a Tuesday meeting" holds no name).
// ("Of the 40 people killed, ...", "Although China objected, ...": a
// capitalised function word opening a sentence names no one.)
constexpr std::array<std::string_view, 72> kNotNames = {
    "the",       "a",        "an",     "in",        "on",       "at",       "for",       "with",
    "but",       "and",      "or",     "it",        "he",       "she",      "they",      "we",
    "i",         "you",      "this",   "that",      "these",    "those",    "his",       "her",
    "their",     "its",      "our",    "after",     "before",   "during",   "meanwhile", "however",
    "while",     "as",       "if",     "when",      "monday",   "tuesday",  "wednesday", "thursday",
    "friday",    "saturday", "sunday", "january",   "february", "march",    "april",     "may",
    "june",      "july",     "august", "september", "october",  "november", "december",  "today",
    "yesterday", "tomorrow", "of",     "although",  "though",   "since",    "despite",   "amid",
    "because",   "until",    "under",  "from",      "by",       "about",    "nor",       "yet"};

// Sentence-initial quantities are no names either: "Seven opposition
// parties in Nepal organized ...", "Thousands of protesters ...".
constexpr std::array<std::string_view, 30> kQuantityWords = {
    "two",      "three",  "four",    "five",   "six",    "seven",    "eight",     "nine",
    "ten",      "eleven", "twelve",  "twenty", "dozens", "hundreds", "thousands", "tens",
    "millions", "some",   "several", "many",   "most",   "few",      "both",      "all",
    "scores",   "up",     "about",   "nearly", "around", "more"};

// A capitalised word that may be part of a name: not one of kNotNames, and
// not a quantity that opens the sentence ("Thousands of protesters").
bool IsNameToken(const Token& t);

// "he", "she" and the object "him" ("Putin welcomed him"); "her" is left
// out because it is as often a possessive ("her government").
bool IsPronounForPerson(const Token& t);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_MENTION_WORDS_H_
