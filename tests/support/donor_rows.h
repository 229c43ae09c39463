#pragma once
// Migration tests write an older file by copying a current workspace's rows
// (the donor, attached as `donor`) into an older schema. Tables that later
// versions widened are copied column by column, leaving the newer columns
// out.

#include <string>

namespace mc::test {

inline std::string copyFromDonorSql(const std::string& table) {
    if (table == "compacts") // version 7 added the closing columns
        return "INSERT INTO main.compacts SELECT id, title, program, cohort, status, "
               "template_id, start_date, end_date, created, updated FROM donor.compacts";
    return "INSERT INTO main." + table + " SELECT * FROM donor." + table;
}

} // namespace mc::test
