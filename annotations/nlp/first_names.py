"""Common French given names: a two-word span opening on one is a person ("Loïc Prud'homme").

Written for Saga from general knowledge of the most given names in France (of people born from
the 1930s to the 2010s); no list was copied. One word each; compound names ("Jean-Pierre") are
matched by their first part.
"""

from spacy.tokens import Span

from annotations.nlp.lexicon import words

FIRST_NAMES = words(
    # women
    "Adèle Agathe Agnès Alice Aline Amandine Amélie Anaïs Andrée Angélique Anne Annick Annie Arlette "
    "Audrey Aurélie Béatrice Bernadette Brigitte Camille Carole Caroline Catherine Cécile Céline Chantal "
    "Charlotte Chloé Christelle Christiane Christine Claire Claudine Clémence Colette Corinne Danielle "
    "Delphine Denise Dominique Élise Élisabeth Élodie Émilie Emma Estelle Évelyne Fabienne Florence "
    "Françoise Géraldine Ghislaine Gisèle Hélène Inès Isabelle Jacqueline Jeanne Jeannine Josiane "
    "Josette Joëlle Julie Juliette Justine Karine Laetitia Laure Laurence Léa Louise Lucie Madeleine "
    "Magali Manon Marcelle Margaux Marguerite Marianne Marie Marine Marion Martine Mathilde Maud Mélanie "
    "Michèle Micheline Monique Muriel Myriam Nadia Nadine Nathalie Nicole Noémie Odette Odile Pascale "
    "Patricia Paule Paulette Pauline Sabine Sandrine Sarah Sophie Stéphanie Suzanne Sylvie Thérèse "
    "Valérie Véronique Virginie Yvette Yvonne Zoé "
    # women, Breton, North and West African, and of the 2000s
    "Nolwenn Gwenaëlle Soazig Lénaïg Enora Morgane Gaëlle Maëlle Naïma Fatima Samira Leïla Yasmina Amina Malika "
    "Aïcha Fatou Aminata Jade Lina Clara Lisa Léna Mila Ambre Anouk "
    "Rima Rania Salma Nour Houda Khadija Meryem Hafsa Soukaïna Mariam Awa Adama Ndeye Rokia "
    # men
    "Adrien Alain Alexandre Alexis André Antoine Arnaud Arthur Aurélien Baptiste Benoît Benjamin Bernard "
    "Bertrand Bruno Cédric Charles Christian Christophe Claude Clément Cyril Damien Daniel David Denis "
    "Didier Dimitri Emmanuel Éric Étienne Fabien Fabrice Florian Francis François Franck Frédéric "
    "Gabriel Gaëtan Georges Gérard Gilbert Gilles Grégory Guillaume Guy Henri Hervé Hugo Jacques Jean "
    "Jérémy Jérôme Joël Jonathan Joseph Julien Kévin Laurent Léo Lionel Loïc Louis Luc Lucas Ludovic "
    "Marc Marcel Mathieu Matthieu Maurice Maxime Michel Mickaël Nicolas Noël Olivier Pascal Patrice "
    "Patrick Paul Philippe Pierre Quentin Raphaël Raymond Régis Rémi Renaud René Richard Robert Roger "
    "Romain Sébastien Serge Simon Stéphane Sylvain Thibault Thierry Thomas Tony Valentin Vincent Xavier "
    "Yann Yannick Yves "
    # men, Breton, North and West African, and of the 2000s
    "Erwan Ronan Gwenaël Maël Tanguy Gaël Goulven Karim Mohamed Ahmed Rachid Mehdi Nabil Sofiane Farid Hakim "
    "Djamel Moussa Mamadou Ibrahim Youssef Omar Abdelkader Abdoulaye Ousmane Bassirou Moustapha Hamid Khalid Walid "
    "Yassine Amine Tarik Riad Seydou Souleymane Théo Nathan Enzo Jules Noah Mathis Ethan Axel Sacha Malo Gabin"
)


def opens_on_a_first_name(text: str) -> bool:
    """ "Loïc Prud'homme", "Jean-Pierre Garnier": two words or more, the first a given name."""
    parts = text.split()
    return len(parts) >= 2 and parts[0].split("-")[0] in FIRST_NAMES


def reads_as_a_full_name(pair: Span) -> bool:
    """ "Mathilde Panot": two words, the first a given name; or two capitalised words the model reads as a person's
    ("Jordan Bardella"; one alone, "Gurs", may be a place it misreads)."""
    return opens_on_a_first_name(pair.text) or (
        len(pair) == 2 and all(t.is_title and t.ent_type_ == "PER" for t in pair)
    )
