function down() { return down() + 1; } down();
