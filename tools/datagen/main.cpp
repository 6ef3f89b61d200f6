// jv-datagen SHARED_DATA_DIR OUT_DIR (being written)
int main() { return 0; }
