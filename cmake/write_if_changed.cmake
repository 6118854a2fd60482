# write_if_changed(FILE TEXT): writes TEXT to FILE only when FILE does not hold it already, so
# that a generated source whose input did not change recompiles nothing.
function(write_if_changed file text)
  if(EXISTS "${file}")
    file(READ "${file}" previous)
    if(previous STREQUAL text)
      return()
    endif()
  endif()
  file(WRITE "${file}" "${text}")
endfunction()
