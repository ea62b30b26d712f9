#include "export/atomic_file.h"
