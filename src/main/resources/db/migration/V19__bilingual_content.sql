-- Content in English and French. The schema document's columns keep each text in the language it was written in
-- (its original); these tables hold the other language and say which language the original is. Nothing here
-- changes what the schema document's views and reports read.

-- The categories trainings and posts are filed under, with a name in each language. The category columns keep
-- storing the value; a value that is not listed here is shown as it is.
CREATE TABLE categories (
    value VARCHAR(100) PRIMARY KEY,
    name_en VARCHAR(100) NOT NULL,
    name_fr VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (value <> '' AND name_en <> '' AND name_fr <> '')
);
CREATE UNIQUE INDEX idx_categories_value_lower ON categories (lower(value));

INSERT INTO categories (value, name_en, name_fr) VALUES
    ('Personal Development', 'Personal Development', 'Développement personnel'),
    ('Executive Development', 'Executive Development', 'Développement des dirigeants'),
    ('Leadership Training', 'Leadership Training', 'Formation au leadership'),
    ('Youth Empowerment', 'Youth Empowerment', 'Autonomisation des jeunes'),
    ('Entrepreneurship Coaching', 'Entrepreneurship Coaching', 'Accompagnement entrepreneurial');

-- The language a training's own columns are written in; English when a training has no row here.
CREATE TABLE training_languages (
    training_id INTEGER PRIMARY KEY REFERENCES trainings(id) ON DELETE CASCADE,
    original VARCHAR(2) NOT NULL CHECK (original IN ('en', 'fr'))
);

-- A training in the language other than its original.
CREATE TABLE training_translations (
    training_id INTEGER NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    language VARCHAR(2) NOT NULL CHECK (language IN ('en', 'fr')),
    title VARCHAR(255) NOT NULL CHECK (title <> ''),
    description TEXT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (training_id, language)
);
-- The catalogue's search looks for a training in both languages.
CREATE INDEX idx_training_translations_search_trgm ON training_translations
    USING gin (lower(title || ' ' || coalesce(description, '')) gin_trgm_ops);

-- A session's title in the language other than its training's original.
CREATE TABLE session_translations (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    language VARCHAR(2) NOT NULL CHECK (language IN ('en', 'fr')),
    title VARCHAR(255) NOT NULL CHECK (title <> ''),
    description TEXT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (session_id, language)
);

-- The language a post's own columns are written in; English when a post has no row here.
CREATE TABLE blog_post_languages (
    post_id INTEGER PRIMARY KEY REFERENCES blog_posts(id) ON DELETE CASCADE,
    original VARCHAR(2) NOT NULL CHECK (original IN ('en', 'fr'))
);

-- A post in the language other than its original.
CREATE TABLE blog_post_translations (
    post_id INTEGER NOT NULL REFERENCES blog_posts(id) ON DELETE CASCADE,
    language VARCHAR(2) NOT NULL CHECK (language IN ('en', 'fr')),
    title VARCHAR(255) NOT NULL CHECK (title <> ''),
    excerpt TEXT,
    content TEXT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (post_id, language)
);
